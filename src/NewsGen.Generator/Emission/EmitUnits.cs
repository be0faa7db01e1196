using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Emission;

/// <summary>The generated file of one article: everything it needs, nothing from other articles.</summary>
internal sealed record ArticleEmitUnit(EmitSettings Settings, string HintName, string SourceFile, CorpusArticle Article);

/// <summary>
/// The index files (<c>Articles</c>, <c>People</c>, …): identifiers, slugs and cross references only, so editing
/// an article's text leaves this unit, and the index files, untouched.
/// </summary>
internal sealed record CorpusIndexUnit(
    EmitSettings Settings,
    EquatableArray<ArticleIndexEntry> Articles,
    EquatableArray<CorpusPerson> People,
    EquatableArray<CorpusOrganization> Organizations,
    EquatableArray<CorpusPlace> Places,
    EquatableArray<EventIndexEntry> Events);

/// <summary>An article as the indexes see it.</summary>
internal sealed record ArticleIndexEntry(string Id, string Slug, int QuoteCount, int EventCount);

/// <summary>An event by position, with its date as a day number (days since 0001-01-01, as DateOnly.DayNumber).</summary>
internal sealed record EventIndexEntry(string ArticleId, int Index, int DayNumber);

/// <summary>Splits a corpus into emit units.</summary>
internal static class EmitUnits
{
    /// <summary>How many groups the article units are spread over; see <see cref="Partition"/>.</summary>
    public const int Buckets = 32;

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
                new ArticleEmitUnit(settings, "Articles." + article.Id + ".g.cs", DisplayPath(article.Article.SourcePath, settings.ProjectDirectory), article));
        }

        return groups.Select(g => g.ToEquatableArray()).ToEquatableArray();
    }

    /// <summary>The group of a path: FNV-1a over its characters, the same on every machine and run.</summary>
    public static int Bucket(string path)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in path)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return (int)(hash % Buckets);
        }
    }

    public static CorpusIndexUnit ForIndex(Corpus corpus, EmitSettings settings) =>
        new(
            settings,
            corpus.Articles.Select(a => new ArticleIndexEntry(a.Id, a.Slug, a.Article.Quotes.Count, a.Article.Events.Count)).ToEquatableArray(),
            corpus.People,
            corpus.Organizations,
            corpus.Places,
            corpus.Articles
                .SelectMany(a => a.Article.Events.Select((e, i) => (a.Id, i, e.Date)))
                .Where(e => e.Date is not null)
                .Select(e => new EventIndexEntry(e.Id, e.i, DayNumber(e.Date!.Value)))
                .OrderBy(e => e.DayNumber)
                .ToEquatableArray());

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

    private static int DayNumber(CalendarDate date) => (int)(date.ToDateTime() - DateTime.MinValue).TotalDays;
}
