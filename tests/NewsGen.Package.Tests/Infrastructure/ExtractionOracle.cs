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
    public static IReadOnlyList<string> TitleAndQuotes(string path) =>
        [Extract(path).Article.Title, .. Quotes(path).Select(q => $"{q.Speaker}: {q.Text}")];

    /// <summary>The article's quotes in order: the speaker's name (null when none was found), whether that is a person, and the text.</summary>
    public static IReadOnlyList<(string? Speaker, bool ByPerson, string Text)> Quotes(string path)
    {
        var corpus = Corpus(path, null);
        var article = Assert.Single(corpus.Articles);
        var people = corpus.People.ToDictionary(p => p.Id, p => p.Name);
        var names = corpus.Organizations.ToDictionary(o => o.Id, o => o.Name);
        foreach (var (id, name) in people)
        {
            names.Add(id, name);
        }

        string? SpeakerId(EntityRef? speaker) => speaker is null ? null : article.Resolve(speaker);

        return article.Article.Quotes
            .Select(q => SpeakerId(q.Speaker) is { } id ? (names[id], people.ContainsKey(id), q.Text) : ((string?)null, false, q.Text))
            .ToArray();
    }

    /// <summary>The name of the first person quoted in the article of <paramref name="path"/>.</summary>
    public static string FirstQuotedPerson(string path) =>
        Quotes(path).Where(q => q.ByPerson).Select(q => q.Speaker!).First();

    private static Corpus Corpus(string path, string? nameOverride)
    {
        var result = ArticleExtractor.Extract(new ArticleSource(path, File.ReadAllText(path), nameOverride, null), ExtractionOptions.Default);
        Assert.True(result.Article is not null, $"The extraction engine produced no article for {path}.");
        return CorpusBuilder.Build([result]);
    }
}
