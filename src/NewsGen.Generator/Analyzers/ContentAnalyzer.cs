using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Extraction.Corrections;
using NewsGen.Extraction.Metadata;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Extraction.Validation.Corpus;
using NewsGen.Generator.Diagnostics;
using NewsGen.Generator.Metadata;
using NewsGen.Generator.Pipeline;
using NewsGen.Generator.Options;

namespace NewsGen.Generator.Analyzers;

/// <summary>
/// Reports NewsGen's content diagnostics in the article files. The IDE does not refresh diagnostics a generator reports
/// in additional files (dotnet/roslyn#49531), so content problems come from this analyzer, which shares the options
/// reader and the extraction engine with the generator; the generator itself reports only template failures (NG9002),
/// so each problem is reported exactly once. Per-file checks run as additional-file actions (live in the IDE), with
/// the front matter checked against the project's metadata schema, found once per compilation, and so do the checks of
/// a corpus-wide corrections file (<c>newsgen.yml</c>), which extract the articles it corrects; problems of the schema
/// type itself are reported on it by a symbol action;
/// corpus-wide checks (identifiers, names across articles, settings) run once at compilation end.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContentAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        RoslynDiagnostics.Descriptors.Values.Where(d => d.Id != DiagnosticCatalog.TemplateFailure.Id).ToImmutableArray();

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        var provider = start.Options.AnalyzerConfigOptionsProvider;
        var global = OptionsReader.ReadGlobal(provider.GlobalOptions);
        var options = global.Extraction;
        var corrections = new CorpusCorrections(start.Options.AdditionalFiles
            .Where(f => OptionsReader.IsCorrections(provider.GetOptions(f)))
            .Select(f => OptionsReader.ReadCorrections(f, start.CancellationToken)));
        var correctionFiles = corrections
            .WithArticles(start.Options.AdditionalFiles.Where(f => OptionsReader.IsArticle(provider.GetOptions(f))), f => f.Path)
            .ToDictionary(c => c.File.Path, StringComparer.Ordinal);
        var schemas = SchemaTypes.Find(start.Compilation, global.Accessibility == "public");
        start.RegisterSymbolAction(
            symbol =>
            {
                foreach (var problem in schemas.ProblemsOf((INamedTypeSymbol)symbol.Symbol))
                {
                    symbol.ReportDiagnostic(Diagnostic.Create(RoslynDiagnostics.Descriptors[problem.Kind.Id], problem.Location, problem.Arguments));
                }
            },
            SymbolKind.NamedType);
        var entries = new List<CorpusEntry>();

        // The generator extracts with the same corrections, so both share each article's extraction.
        ExtractionResult Extract(ArticleSource source) => SharedExtraction.Extract(source, options, corrections.For(source.Path));

        start.RegisterAdditionalFileAction(file =>
        {
            var fileOptions = provider.GetOptions(file.AdditionalFile);
            if (correctionFiles.TryGetValue(file.AdditionalFile.Path, out var correctionFile))
            {
                // Judged against the articles it corrects here, not at compilation end, so the warnings are live in
                // the IDE while the file is edited.
                var results = correctionFile.Articles.Select(a => Extract(OptionsReader.ReadArticle(a, provider.GetOptions(a), file.CancellationToken)));
                Report(file, correctionFile.File.Diagnostics(results));
                return;
            }

            if (!OptionsReader.IsArticle(fileOptions))
            {
                return;
            }

            var source = OptionsReader.ReadArticle(file.AdditionalFile, fileOptions, file.CancellationToken);
            var result = Extract(source);
            Report(file, MetadataBinder.Check(source, result, schemas.Schema));
            lock (entries)
            {
                entries.Add(new CorpusEntry(source, result));
            }
        });
        start.RegisterCompilationEndAction(end =>
        {
            // Files are analyzed concurrently; path order makes the corpus checks deterministic, as in the generator.
            var corpus = entries.OrderBy(e => e.Source.Path, StringComparer.Ordinal).ToList();
            var settings = OptionsReader.CheckAccessibility(provider.GlobalOptions) is { } accessibility ? [accessibility] : Array.Empty<ContentDiagnostic>();
            foreach (var diagnostic in settings.Concat(OptionsValidator.Validate(options)).Concat(CorpusValidator.Validate(corpus)))
            {
                end.ReportDiagnostic(RoslynDiagnostics.ToDiagnostic(diagnostic));
            }
        });
    }

    private static void Report(AdditionalFileAnalysisContext file, IEnumerable<ContentDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            file.ReportDiagnostic(RoslynDiagnostics.ToDiagnostic(diagnostic));
        }
    }
}
