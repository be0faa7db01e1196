using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// All articles of a project with unique identifiers, and the people, organizations and places they mention merged
/// across articles. Everything is in a deterministic order and compares by value, so the generator can cache it.
/// </summary>
/// <param name="Articles">The articles, ordered by file path.</param>
/// <param name="People">People, in order of first appearance.</param>
/// <param name="Organizations">Organizations, in order of first appearance.</param>
/// <param name="Places">Places, in order of first appearance.</param>
/// <param name="Diagnostics">Problems that only show across files (duplicate or renamed identifiers).</param>
public sealed record Corpus(
    EquatableArray<CorpusArticle> Articles,
    EquatableArray<CorpusPerson> People,
    EquatableArray<CorpusOrganization> Organizations,
    EquatableArray<CorpusPlace> Places,
    EquatableArray<ContentDiagnostic> Diagnostics)
{
    /// <summary>A project without articles.</summary>
    public static Corpus Empty { get; } = new(
        EquatableArray<CorpusArticle>.Empty,
        EquatableArray<CorpusPerson>.Empty,
        EquatableArray<CorpusOrganization>.Empty,
        EquatableArray<CorpusPlace>.Empty,
        EquatableArray<ContentDiagnostic>.Empty);
}
