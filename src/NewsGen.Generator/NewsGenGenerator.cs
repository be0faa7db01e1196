using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Corrections;
using NewsGen.Extraction.Metadata;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Metadata;
using NewsGen.Generator.Options;
using NewsGen.Generator.Pipeline;

namespace NewsGen.Generator;

/// <summary>
/// Compiles plain-text news articles (additional files with <c>NewsGenArticle="true"</c>) into typed C#.
/// Each article is read and extracted on its own, with the corpus-wide corrections of its folder (files marked
/// <c>NewsGenCorrections="true"</c>, read once each), so an edit re-runs only that article; the corpus then assigns
/// unique identifiers and merges entities from each article's footprint (identity and entity names), so an edit that
/// leaves the footprint equal, as most typing in a paragraph does, skips that corpus-wide pass and every index file.
/// The generated code holds data and entry points only; the model types live in NewsGen.Runtime. Article records are
/// emitted in a bounded number of files (groups by a hash of the path), so an edit re-writes one group, and Roslyn,
/// which checks each added file against those added before, tracks a bounded number of files, not one per article.
/// The only C# the pipeline reads is the type marked <c>[ArticleMetadata]</c>, through
/// <c>ForAttributeWithMetadataName</c>, reduced to an equatable schema: editing other C# code re-runs nothing after
/// that step, and changing the schema re-emits every article. Content diagnostics are reported by the
/// NewsGen analyzer; this generator only reports template failures (NG9002).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class NewsGenGenerator : IIncrementalGenerator
{
    private readonly SourceEmitter _emitter;

    /// <summary>The generator as the compiler loads it.</summary>
    public NewsGenGenerator()
        : this(TemplateRenderer.Embedded)
    {
    }

    internal NewsGenGenerator(TemplateRenderer renderer) => _emitter = new SourceEmitter(renderer);

    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => OptionsReader.ReadGlobal(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);
        var extractionOptions = options.Select((o, _) => o.Extraction).WithTrackingName(TrackingNames.ExtractionOptions);
        var schemas = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                MetadataSchemaReader.AttributeName,
                (node, _) => node is TypeDeclarationSyntax,
                (attributed, _) => MetadataSchemaReader.Read((INamedTypeSymbol)attributed.TargetSymbol).Schema)
            .WithTrackingName(TrackingNames.ReadMetadataSchema)
            .Collect()
            .Select((all, _) => new Collected<MetadataSchema?>(all));

        // A collected batch is combined as a Collected object: Roslyn's generic nodes over a pair of classes are compiled
        // once for every Combine, where a pair with an ImmutableArray in it is JIT-compiled anew in a fresh compiler
        // process (benchmarks/README.md, "Fresh compiler process").
        var schema = options
            .Combine(schemas)
            .Select((pair, _) => MetadataSchema.Choose(pair.Right.Items, pair.Left.Accessibility == "public"))
            .WithTrackingName(TrackingNames.MetadataSchema);
        var settings = options
            .Combine(schema)
            .Select((pair, _) => new EmitSettings(pair.Left.Namespace, pair.Left.Accessibility, pair.Left.ProjectDirectory, pair.Right))
            .WithTrackingName(TrackingNames.EmitSettings);

        // Files as a class before they are filtered: Where over the (text, options) pairs would JIT-compile Roslyn's
        // nodes anew for that tuple in a fresh compiler process (benchmarks/README.md, "Fresh compiler process").
        var additionalFiles = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, _) => new AdditionalFile(pair.Left, pair.Right));
        var corrections = additionalFiles
            .Where(file => OptionsReader.IsCorrections(file.Options))
            .Select((file, cancellationToken) => OptionsReader.ReadCorrections(file.Text, cancellationToken))
            .WithTrackingName(TrackingNames.ReadCorrections)
            .Collect()
            .Select((files, _) => new CorpusCorrections(files))
            .WithTrackingName(TrackingNames.CorpusCorrections);
        var results = additionalFiles
            .Where(file => OptionsReader.IsArticle(file.Options))
            .WithTrackingName(TrackingNames.ArticleFiles)
            .Select((file, cancellationToken) => OptionsReader.ReadArticle(file.Text, file.Options, cancellationToken))
            .WithTrackingName(TrackingNames.ReadArticle)
            .Combine(corrections)
            .Select((pair, _) => new ArticleInput(pair.Left, pair.Right.For(pair.Left.Path)))
            .WithTrackingName(TrackingNames.ArticleCorrections)
            .Combine(extractionOptions)
            .Select((pair, _) => SharedExtraction.Extract(pair.Left.Source, pair.Right, pair.Left.Corrections))
            .WithTrackingName(TrackingNames.ExtractArticle);
        var index = results
            .Select((result, _) => ArticleFootprint.Of(result))
            .WithTrackingName(TrackingNames.ArticleFootprint)
            .Collect()
            .Select((footprints, _) => CorpusBuilder.Index(footprints))
            .WithTrackingName(TrackingNames.BuildCorpusIndex);
        var corpus = index
            .Combine(results.Collect().Select((all, _) => new Collected<ExtractionResult>(all)))
            .Select((pair, _) => CorpusBuilder.Assemble(pair.Right.Items.Select(r => r.Article).OfType<Article>(), pair.Left))
            .WithTrackingName(TrackingNames.BuildCorpus)
            .Combine(settings);

        context.RegisterSourceOutput(settings, _emitter.EmitContent);

        var articleGroups = corpus
            .SelectMany((pair, _) => EmitUnits.Partition(pair.Left, pair.Right))
            .WithTrackingName(TrackingNames.ArticleGroup);
        context.RegisterSourceOutput(articleGroups, _emitter.EmitGroup);

        var indexWithSettings = index.Combine(settings);
        var indexUnit = indexWithSettings
            .Select((pair, _) => new IndexUnit(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.IndexUnit);
        context.RegisterSourceOutput(indexUnit, _emitter.EmitIndex);

        foreach (var entityClass in EmitUnits.EntityClasses)
        {
            var entities = indexWithSettings
                .Select((pair, _) => EmitUnits.ForEntities(pair.Left, pair.Right, entityClass))
                .WithTrackingName(TrackingNames.EntityClassUnit);
            context.RegisterSourceOutput(entities, _emitter.EmitEntities);
        }
    }
}
