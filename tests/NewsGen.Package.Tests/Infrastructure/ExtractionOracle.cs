using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Extraction;
using NewsGen.Extraction.Model;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>
/// What a consumer program must print, computed by the extraction engine the package bundles: the packaged generator
/// has to deliver exactly what the engine extracts from the same file.
/// </summary>
internal static class ExtractionOracle
{
    public static Article Extract(string path, string? nameOverride = null)
    {
        var result = ArticleExtractor.Extract(new ArticleSource(path, File.ReadAllText(path), nameOverride, null), ExtractionOptions.Default);
        Assert.True(result.Article is not null, $"The extraction engine produced no article for {path}.");
        return result.Article!;
    }

    /// <summary>The lines of <c>TitleAndQuotesProgram</c>: the title, then one "speaker: text" line per quote.</summary>
    public static IReadOnlyList<string> TitleAndQuotes(Article article) =>
        [article.Title, .. article.Quotes.Select(q => $"{q.Speaker?.Name}: {q.Text}")];
}
