using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>Global and per-file analyzer config options, as MSBuild's CompilerVisibleProperty/ItemMetadata would give them.</summary>
internal sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> perFile)
    : AnalyzerConfigOptionsProvider
{
    private static readonly DictionaryOptions None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new DictionaryOptions(global);

    public static TestOptionsProvider For(IEnumerable<TestArticle> articles, IReadOnlyDictionary<string, string>? global = null) =>
        new(global ?? new Dictionary<string, string>(), articles.GroupBy(a => a.Path).ToDictionary(g => g.Key, g => Metadata(g.First())));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        perFile.TryGetValue(textFile.Path, out var options) ? new DictionaryOptions(options) : None;

    private static IReadOnlyDictionary<string, string> Metadata(TestArticle article)
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.NewsGenArticle"] = article.IsArticle ? "true" : "false" };
        if (article.IsCorrections)
        {
            metadata["build_metadata.AdditionalFiles.NewsGenCorrections"] = "true";
        }

        if (article.Name is not null)
        {
            metadata["build_metadata.AdditionalFiles.NewsGenName"] = article.Name;
        }

        if (article.Published is not null)
        {
            metadata["build_metadata.AdditionalFiles.NewsGenPublished"] = article.Published;
        }

        return metadata;
    }

    private sealed class DictionaryOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
