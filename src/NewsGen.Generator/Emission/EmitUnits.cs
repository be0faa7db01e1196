using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Emission;

/// <summary>The generated file of one article: everything it needs, nothing from other articles.</summary>
internal sealed record ArticleEmitUnit(EmitSettings Settings, string HintName, string SourceFile, CorpusArticle Article);

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

/// <summary>
/// The <c>Articles</c> properties of one group: each article's id and documentation, nothing of its text, so editing
/// an article's body leaves this unit untouched. One partial declaration per group rather than per article: Roslyn
/// merges the declarations of a partial class in time that grows faster than linearly with their number.
/// </summary>
internal sealed record ArticleMembersUnit(EmitSettings Settings, int Group, EquatableArray<ArticleMember> Members);

/// <summary>One article's property: its identifier, the class that holds it and its documentation (XML-escaped).</summary>
internal sealed record ArticleMember(string Id, string Holder, string Summary, EquatableArray<string> Remarks);

/// <summary>An event by position, with its date as a day number (days since 0001-01-01, as DateOnly.DayNumber).</summary>
internal sealed record EventIndexEntry(string ArticleId, int Index, int DayNumber);

/// <summary>Splits a corpus into emit units.</summary>
internal static class EmitUnits
{
    /// <summary>How many groups the article units are spread over; see <see cref="Partition"/>.</summary>
    public const int Buckets = 32;

    private const int MaxIdInHintName = 80;

    private const int QuotesInRemarks = 3;

    /// <summary>Every index file, in the order they are generated.</summary>
    public static IReadOnlyList<IndexFile> IndexFiles { get; } =
        [IndexFile.Articles, IndexFile.People, IndexFile.Organizations, IndexFile.Places, IndexFile.Quotes, IndexFile.Events];

    /// <summary>
    /// The article units in corpus order (so the generated files, and the compiled assembly, do not depend on the order
    /// the build lists the files), spread over <see cref="Buckets"/> groups by a stable hash of the path. Roslyn
    /// compares a step's outputs by position, so adding or removing an article shifts, and re-emits, only the
    /// articles after it in its own group rather than every article after it.
    /// </summary>
    public static EquatableArray<EquatableArray<ArticleEmitUnit>> Partition(Corpus corpus, EmitSettings settings)
    {
        var groups = Enumerable.Range(0, Buckets).Select(_ => new List<ArticleEmitUnit>()).ToArray();
        foreach (var article in corpus.Articles)
        {
            groups[Bucket(article.Article.SourcePath)].Add(
                new ArticleEmitUnit(settings, HintName(article.Id), DisplayPath(article.Article.SourcePath, settings.ProjectDirectory), article));
        }

        return groups.Select(g => g.ToEquatableArray()).ToEquatableArray();
    }

    /// <summary>The <c>Articles</c> properties of group <paramref name="group"/>.</summary>
    public static ArticleMembersUnit Members(EquatableArray<ArticleEmitUnit> units, EmitSettings settings, int group) =>
        new(settings, group, units.Select(Member).ToEquatableArray());

    /// <summary>
    /// The class in <c>{Namespace}.NewsGenArticles</c> that holds an article's cache and code, named after the article
    /// but with a prefix, so that no id (not even <c>Value</c> or a verbatim <c>@class</c>) clashes with its members.
    /// </summary>
    public static string HolderClass(string articleId) => "Article_" + articleId.TrimStart('@');

    /// <summary><c>ArticleMembers.{group}.g.cs</c>: article files are named <c>Articles.{Id}.g.cs</c>, so none has this name.</summary>
    public static string MembersHintName(int group) => "ArticleMembers." + group.ToString("00", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The group of a path.</summary>
    public static int Bucket(string path) => (int)(StableHash(path) % Buckets);

    /// <summary>
    /// <c>Articles.{Id}.g.cs</c>. A very long id (one derived from a long headline) is cut and completed with a hash
    /// of the whole id, so the file name stays short enough for every file system when generated files are written out.
    /// </summary>
    public static string HintName(string articleId) =>
        "Articles." + (articleId.Length <= MaxIdInHintName
            ? articleId
            : articleId.Substring(0, MaxIdInHintName - 9) + "_" + StableHash(articleId).ToString("x8", CultureInfo.InvariantCulture)) + ".g.cs";

    /// <summary>FNV-1a over the characters: the same on every machine and run, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint StableHash(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }
    }

    /// <summary>The unit of one index file.</summary>
    public static CorpusIndexUnit ForIndex(Corpus corpus, EmitSettings settings, IndexFile file) =>
        new(
            settings,
            file,
            file switch
            {
                IndexFile.Articles => corpus.Articles.Select(a => new ArticleIndexEntry(a.Id, a.Slug)).ToEquatableArray(),
                IndexFile.Quotes => corpus.Articles.Where(a => a.Article.Quotes.Count > 0).Select(a => new ArticleIndexEntry(a.Id, string.Empty)).ToEquatableArray(),
                IndexFile.Events => corpus.Articles.Where(a => a.Article.Events.Count > 0).Select(a => new ArticleIndexEntry(a.Id, string.Empty)).ToEquatableArray(),
                _ => EquatableArray<ArticleIndexEntry>.Empty,
            },
            file == IndexFile.People ? corpus.People : EquatableArray<CorpusPerson>.Empty,
            file == IndexFile.Organizations ? corpus.Organizations : EquatableArray<CorpusOrganization>.Empty,
            file == IndexFile.Places ? corpus.Places : EquatableArray<CorpusPlace>.Empty,
            file == IndexFile.Events ? DatedEvents(corpus) : EquatableArray<EventIndexEntry>.Empty);

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
    private static ArticleMember Member(ArticleEmitUnit unit)
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

    private static EquatableArray<EventIndexEntry> DatedEvents(Corpus corpus) =>
        corpus.Articles
            .SelectMany(a => a.Article.Events.Select((e, i) => (a.Id, i, e.Date)))
            .Where(e => e.Date is not null)
            .Select(e => new EventIndexEntry(e.Id, e.i, DayNumber(e.Date!.Value)))
            .OrderBy(e => e.DayNumber)
            .ToEquatableArray();

    private static int DayNumber(CalendarDate date) => (int)(date.ToDateTime() - DateTime.MinValue).TotalDays;
}
