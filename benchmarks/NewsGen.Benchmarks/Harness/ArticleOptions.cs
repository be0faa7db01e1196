using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Generator.Options;

namespace NewsGen.Benchmarks.Harness;

/// <summary>
/// The analyzer config options MSBuild would pass for a project whose every additional file is an article
/// (what NewsGen.targets sets for seeds/**/*.txt).
/// </summary>
internal sealed class ArticleOptions(string ns, string projectDirectory) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Article = new(new Dictionary<string, string> { [OptionNames.Article] = "true" });

    private static readonly Options None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>
    {
        [OptionNames.Namespace] = ns,
        [OptionNames.ProjectDirectory] = projectDirectory,
    });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
