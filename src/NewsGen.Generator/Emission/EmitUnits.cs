using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Generator.Emission;

/// <summary>The code of one article: everything it needs, nothing from other articles.</summary>
internal sealed record ArticleEmitUnit(EmitSettings Settings, string SourceFile, CorpusArticle Article);

/// <summary>
/// The file of one group of articles: their <c>Articles</c> properties and their code. The articles of a project are
/// spread over a bounded number of groups (see <see cref="EmitUnits.GroupCount"/>), because Roslyn checks every added
/// file against every file added before it on each run: with a file per article, a 20,000-article project would pay
/// 200 million name comparisons per keystroke.
/// </summary>
internal sealed record ArticleGroupUnit(EmitSettings Settings, string HintName, EquatableArray<ArticleEmitUnit> Articles);

/// <summary>
/// One index file (<c>Articles</c>, <c>People</c>, …) with only what that file shows: identifiers, slugs and cross
/// references, no text. Editing an article's text leaves every index unit untouched, and a change that does reach the
/// indexes re-emits only the files it concerns. Parts another file needs stay empty.
/// </summary>
internal sealed record CorpusIndexUnit(
    EmitSettings Settings,
    IndexFile File,
    EquatableArray<ArticleIndexEntry> Articles,
    EquatableArray<CorpusPerson> People,
    EquatableArray<CorpusOrganization> Organizations,
    EquatableArray<CorpusPlace> Places,
    EquatableArray<EventIndexEntry> Events);

/// <summary>The index files.</summary>
internal enum IndexFile
{
    Articles,
    People,
    Organizations,
    Places,
    Quotes,
    Events,
}

/// <summary>An article as an index sees it (the slug only where the index looks articles up by slug).</summary>
internal sealed record ArticleIndexEntry(string Id, string Slug);

/// <summary>One article's property: its identifier, the class that holds it and its documentation (XML-escaped).</summary>
internal sealed record ArticleMember(string Id, string Holder, string Summary, EquatableArray<string> Remarks);

/// <summary>An event by position, with its date as a day number (days since 0001-01-01, as DateOnly.DayNumber).</summary>
internal sealed record EventIndexEntry(string ArticleId, int Index, int DayNumber);

/// <summary>Splits a corpus into emit units.</summary>
internal static class EmitUnits
{
    /// <summary>Groups at least and at most, whatever the number of articles; see <see cref="GroupCount"/>.</summary>
    public const int MinGroups = 32;

    /// <inheritdoc cref="MinGroups"/>
    public const int MaxGroups = 1024;

    /// <summary>The articles a group holds on average before the number of groups doubles.</summary>
    public const int ArticlesPerGroup = 8;

    private const int QuotesInRemarks = 3;

    /// <summary>Every index file, in the order they are generated.</summary>
    public static IReadOnlyList<IndexFile> IndexFiles { get; } =
        [IndexFile.Articles, IndexFile.People, IndexFile.Organizations, IndexFile.Places, IndexFile.Quotes, IndexFile.Events];

    /// <summary>
    /// The article units in corpus order (so the generated files, and the compiled assembly, do not depend on the order
    /// the build lists the files), spread over <see cref="GroupCount"/> groups by a stable hash of the path; empty groups
    /// are kept (and add no file). Roslyn compares a step's outputs by position, so an edit re-emits one group, and
    /// adding or removing an article only its own group, as long as the number of groups stays the same.
    /// </summary>
    public static EquatableArray<ArticleGroupUnit> Partition(Corpus corpus, EmitSettings settings)
    {
        var count = GroupCount(corpus.Articles.Count);
        var groups = Enumerable.Range(0, count).Select(_ => new List<ArticleEmitUnit>()).ToArray();
        foreach (var article in corpus.Articles)
        {
            groups[Bucket(article.Article.SourcePath, count)].Add(
                new ArticleEmitUnit(settings, DisplayPath(article.Article.SourcePath, settings.ProjectDirectory), article));
        }

        return groups.Select((g, i) => new ArticleGroupUnit(settings, GroupHintName(i), g.ToEquatableArray())).ToEquatableArray();
    }

    /// <summary>
    /// A power of two between <see cref="MinGroups"/> and <see cref="MaxGroups"/>, about one group per
    /// <see cref="ArticlesPerGroup"/> articles: few files for Roslyn to track, few articles to render again per edit.
    /// It changes only when the number of articles crosses a power of two, and then every group is emitted again once.
    /// </summary>
    public static int GroupCount(int articles)
    {
        var count = MinGroups;
        while (count < MaxGroups && count * ArticlesPerGroup < articles)
        {
            count *= 2;
        }

        return count;
    }

    /// <summary>
    /// The class in <c>{Namespace}.NewsGenArticles</c> that holds an article's cache and code, named after the article
    /// but with a prefix, so that no id (not even <c>Value</c> or a verbatim <c>@class</c>) clashes with its members.
    /// </summary>
    public static string HolderClass(string articleId) => "Article_" + articleId.TrimStart('@');

    /// <summary>
    /// The class in <c>{Namespace}.NewsGenArticles</c> that holds a group's text literal: <c>ArticleGroup012</c> for
    /// <c>ArticleGroup.012.g.cs</c>. Article classes start with <c>Article_</c>, so the names never meet.
    /// </summary>
    public static string GroupTextClass(string hintName) => hintName.Substring(0, hintName.Length - ".g.cs".Length).Replace(".", string.Empty);

    /// <summary><c>ArticleGroup.{group}.g.cs</c>.</summary>
    public static string GroupHintName(int group) => "ArticleGroup." + group.ToString("000", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The group of a path among <paramref name="groups"/>.</summary>
    public static int Bucket(string path, int groups) => (int)(StableHash.Of(path) % (uint)groups);

    /// <summary>The unit of one index file: built from the corpus index alone, so edits that leave it equal skip it.</summary>
    public static CorpusIndexUnit ForIndex(CorpusIndex index, EmitSettings settings, IndexFile file) =>
        new(
            settings,
            file,
            file switch
            {
                IndexFile.Articles => index.Articles.Select(a => new ArticleIndexEntry(a.Id, a.Slug)).ToEquatableArray(),
                IndexFile.Quotes => index.Articles.Where(a => a.QuoteCount > 0).Select(a => new ArticleIndexEntry(a.Id, string.Empty)).ToEquatableArray(),
                IndexFile.Events => index.Articles.Where(a => a.DatedEvents.Count > 0).Select(a => new ArticleIndexEntry(a.Id, string.Empty)).ToEquatableArray(),
                _ => EquatableArray<ArticleIndexEntry>.Empty,
            },
            file == IndexFile.People ? index.People : EquatableArray<CorpusPerson>.Empty,
            file == IndexFile.Organizations ? index.Organizations : EquatableArray<CorpusOrganization>.Empty,
            file == IndexFile.Places ? index.Places : EquatableArray<CorpusPlace>.Empty,
            file == IndexFile.Events ? DatedEvents(index) : EquatableArray<EventIndexEntry>.Empty);

    /// <summary>
    /// The article's path relative to the project, with forward slashes, so the generated code does not depend on
    /// where the project is checked out; the file name alone when the file lies outside the project.
    /// </summary>
    public static string DisplayPath(string path, string projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        var directory = projectDirectory.Replace('\\', '/');
        if (directory.Length > 0 && !directory.EndsWith("/", StringComparison.Ordinal))
        {
            directory += "/";
        }

        return directory.Length > 0 && normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(directory.Length)
            : System.IO.Path.GetFileName(normalized);
    }

    /// <summary>What IntelliSense shows: the headline, the date, the file and the first quotes with their speakers.</summary>
    public static ArticleMember Member(ArticleEmitUnit unit)
    {
        var article = unit.Article.Article;
        var origin = "From <c>" + XmlDoc.Text(unit.SourceFile) + "</c>";
        var remarks = new List<string> { article.Published is { } date ? origin + ", published " + date + "." : origin + "." };
        foreach (var quote in article.Quotes.Take(QuotesInRemarks))
        {
            var speaker = quote.Speaker is { } s ? " \u2014 " + XmlDoc.Text(s.Name) : string.Empty;
            remarks.Add("\u201C" + XmlDoc.Text(quote.Text) + "\u201D" + speaker);
        }

        return new ArticleMember(
            unit.Article.Id,
            HolderClass(unit.Article.Id),
            article.Title.Trim().Length > 0 ? XmlDoc.Text(article.Title) : XmlDoc.Text(unit.SourceFile),
            remarks.ToEquatableArray());
    }

    private static EquatableArray<EventIndexEntry> DatedEvents(CorpusIndex index) =>
        index.Articles
            .SelectMany(a => a.DatedEvents.Select(e => new EventIndexEntry(a.Id, e.Index, DayNumber(e.Date))))
            .OrderBy(e => e.DayNumber)
            .ToEquatableArray();

    private static int DayNumber(CalendarDate date) => (int)(date.ToDateTime() - DateTime.MinValue).TotalDays;
}
