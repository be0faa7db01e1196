using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Extraction;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>
/// What a consumer program must print, computed by the extraction engine the package bundles: the packaged generator
/// has to deliver exactly what the engine extracts from the same file (a one-article project).
/// </summary>
internal static class ExtractionOracle
{
    /// <summary>The article of a project whose only article file is <paramref name="path"/>.</summary>
    public static CorpusArticle Extract(string path, string? nameOverride = null) =>
        Assert.Single(Corpus(path, nameOverride).Articles);

    /// <summary>The lines of <see cref="ConsumerPrograms.QuickStart"/>: the title, then one "speaker: text" line per quote.</summary>
    public static IReadOnlyList<string> TitleAndQuotes(string path)
    {
        var corpus = Corpus(path, null);
        var article = Assert.Single(corpus.Articles);
        var names = corpus.People.Select(p => (p.Id, p.Name))
            .Concat(corpus.Organizations.Select(o => (o.Id, o.Name)))
            .ToDictionary(e => e.Id, e => e.Name);
        string? SpeakerName(EntityRef? speaker) =>
            speaker is not null && article.Resolve(speaker) is { } id ? names[id] : null;

        return [article.Article.Title, .. article.Article.Quotes.Select(q => $"{SpeakerName(q.Speaker)}: {q.Text}")];
    }

    private static Corpus Corpus(string path, string? nameOverride)
    {
        var result = ArticleExtractor.Extract(new ArticleSource(path, File.ReadAllText(path), nameOverride, null), ExtractionOptions.Default);
        Assert.True(result.Article is not null, $"The extraction engine produced no article for {path}.");
        return CorpusBuilder.Build([result]);
    }
}
