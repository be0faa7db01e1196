using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Generator.Analyzers;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Analyzers;

/// <summary>Runs <see cref="ContentAnalyzer"/> the way the compiler does: additional files, analyzer config options, compilation options.</summary>
internal static class AnalyzerHarness
{
    public static IReadOnlyList<Diagnostic> Run(
        IEnumerable<TestArticle> articles,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        System.Func<CSharpCompilationOptions, CSharpCompilationOptions>? configure = null)
    {
        var list = articles.ToList();
        var compilation = GeneratorHarness.Compilation("Consumer", ["class C { }"]);
        compilation = compilation.WithOptions((configure ?? (o => o))(compilation.Options));
        return Analyze(compilation, list, globalOptions);
    }

    public static IReadOnlyList<Diagnostic> Analyze(Compilation compilation, IReadOnlyList<TestArticle> articles, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var additional = articles.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)).ToImmutableArray();
        var options = new AnalyzerOptions(additional, TestOptionsProvider.For(articles, globalOptions));
        return compilation
            .WithAnalyzers([new ContentAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync()
            .GetAwaiter()
            .GetResult();
    }

    /// <summary>The zero-based start of a diagnostic in its file.</summary>
    public static (string Path, int Line, int Column) Start(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character);
    }
}
