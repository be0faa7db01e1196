using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does: real reference assemblies, additional files, analyzer config options.</summary>
internal static class GeneratorHarness
{
    /// <summary>Documentation comments are checked, so a missing or malformed doc comment in generated code is a warning.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>NewsGen.Runtime, which the package puts in every consumer's references.</summary>
    public static MetadataReference Runtime { get; } = MetadataReference.CreateFromFile(typeof(global::NewsGen.Model.Article).Assembly.Location);

    public static CSharpCompilation Compilation(string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference>? extraReferences = null) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
            Net100.References.All.Append(Runtime).Concat(extraReferences ?? []),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999,
                deterministic: true,
                specificDiagnosticOptions: SdkNoWarn));

    /// <summary>
    /// What the .NET SDK suppresses in every project (its default NoWarn): unification of reference versions, which a
    /// net8.0 library such as NewsGen.Runtime always triggers under net10.0 reference assemblies.
    /// </summary>
    private static readonly Dictionary<string, ReportDiagnostic> SdkNoWarn = new() { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress };

    /// <summary>
    /// A driver over <paramref name="articles"/>. <paramref name="laterArticles"/> get their item metadata now, so that
    /// adding them later changes the additional files but not the options provider, as in a real build.
    /// </summary>
    public static GeneratorDriver Driver(
        IEnumerable<TestArticle> articles,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        NewsGenGenerator? generator = null,
        IEnumerable<TestArticle>? laterArticles = null)
    {
        var list = articles.ToList();
        return Driver(Texts(list), TestOptionsProvider.For(list.Concat(laterArticles ?? []), globalOptions), generator);
    }

    /// <summary>A driver over given additional text instances (edits must pass the very instance they replace).</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, TestOptionsProvider options, NewsGenGenerator? generator = null) =>
        CSharpGeneratorDriver.Create(
            [(generator ?? new NewsGenGenerator()).AsSourceGenerator()],
            texts,
            ParseOptions,
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static IReadOnlyList<AdditionalText> Texts(IEnumerable<TestArticle> articles) =>
        articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToList();

    public static GeneratorRun Run(
        IEnumerable<TestArticle> articles,
        string consumerCode = "",
        IReadOnlyDictionary<string, string>? globalOptions = null,
        NewsGenGenerator? generator = null,
        string assemblyName = "Consumer",
        IEnumerable<MetadataReference>? extraReferences = null)
    {
        var compilation = Compilation(assemblyName, consumerCode.Length > 0 ? [consumerCode] : [], extraReferences);
        var driver = Driver(articles, globalOptions, generator).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }
}

/// <summary>The outcome of a generator run: generated files, the compiled result and every diagnostic.</summary>
internal sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    /// <summary>Generated files by hint name, in the order the generator added them.</summary>
    public IReadOnlyList<(string HintName, string Text)> Sources =>
        Result.GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).Text;

    /// <summary>The files that hold articles (one per group of articles).</summary>
    public IReadOnlyList<(string HintName, string Text)> ArticleFiles =>
        Sources.Where(s => s.HintName.StartsWith("ArticleGroup.", System.StringComparison.Ordinal)).ToList();

    /// <summary>The identifier of each article (its <c>Articles</c> property), in file order.</summary>
    public IReadOnlyList<string> ArticleIds => ArticleFiles.SelectMany(f => ArticleIdsIn(f.Text)).ToList();

    /// <summary>The file that holds the article <paramref name="id"/>.</summary>
    public string ArticleFile(string id) => ArticleFiles.Single(f => ArticleIdsIn(f.Text).Contains(id)).Text;

    /// <summary>The article properties declared in <paramref name="code"/>.</summary>
    public static IEnumerable<string> ArticleIdsIn(string code) =>
        CSharpSyntaxTree.ParseText(code).GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>()
            .Where(c => c.Identifier.ValueText == "Articles")
            .SelectMany(c => c.Members.OfType<Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax>())
            .Select(p => p.Identifier.ValueText);

    /// <summary>Warnings and errors of the compilation with the generated code, plus any the generator reported.</summary>
    public IReadOnlyList<Diagnostic> Problems =>
        Output.GetDiagnostics().Concat(GeneratorDiagnostics).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
