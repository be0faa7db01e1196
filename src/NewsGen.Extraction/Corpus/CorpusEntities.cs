using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corpus;

/// <summary>A person across the corpus: unique id, the longest name used, every other form, roles, where they appear and speak.</summary>
public sealed record CorpusPerson(
    string Id,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Roles,
    EquatableArray<string> Articles,
    EquatableArray<QuoteRef> Quotes);

/// <summary>An organization across the corpus.</summary>
public sealed record CorpusOrganization(
    string Id,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Articles,
    EquatableArray<QuoteRef> Quotes);

/// <summary>A place across the corpus.</summary>
public sealed record CorpusPlace(
    string Id,
    string Name,
    PlaceKind Kind,
    EquatableArray<string> Aliases,
    EquatableArray<string> Articles);

/// <summary>A quote by position: the article's corpus id and the index into that article's quotes.</summary>
public sealed record QuoteRef(string ArticleId, int Index);
