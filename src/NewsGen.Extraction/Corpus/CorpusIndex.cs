using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// The corpus without the articles' content: unique identifiers, entities merged across articles and what the index
/// files list. Built from <see cref="ArticleFootprint"/>s only, so it stays equal while edits leave footprints equal.
/// </summary>
/// <param name="Articles">The articles, ordered by file path.</param>
/// <param name="People">People, in order of first appearance.</param>
/// <param name="Organizations">Organizations, in order of first appearance.</param>
/// <param name="Places">Places, in order of first appearance.</param>
/// <param name="Diagnostics">Problems that only show across files (duplicate or renamed identifiers).</param>
public sealed record CorpusIndex(
    EquatableArray<IndexedArticle> Articles,
    EquatableArray<CorpusPerson> People,
    EquatableArray<CorpusOrganization> Organizations,
    EquatableArray<CorpusPlace> Places,
    EquatableArray<ContentDiagnostic> Diagnostics)
{
    /// <summary>A project without articles.</summary>
    public static CorpusIndex Empty { get; } = new(
        EquatableArray<IndexedArticle>.Empty,
        EquatableArray<CorpusPerson>.Empty,
        EquatableArray<CorpusOrganization>.Empty,
        EquatableArray<CorpusPlace>.Empty,
        EquatableArray<ContentDiagnostic>.Empty);
}

/// <summary>
/// One article as the index knows it: the file it came from, its unique identifier and slug, the corpus identifiers of
/// its entities (aligned with the article's own lists), how many quotes it has and its events that have a date.
/// </summary>
public sealed record IndexedArticle(
    string SourcePath,
    string Id,
    string Slug,
    EquatableArray<string> PersonIds,
    EquatableArray<string> OrganizationIds,
    EquatableArray<string> PlaceIds,
    int QuoteCount,
    EquatableArray<DatedEvent> DatedEvents);
