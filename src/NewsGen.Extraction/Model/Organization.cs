namespace NewsGen.Extraction.Model;

/// <summary>An organization or publication named in an article.</summary>
public sealed record Organization(
    string Id,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<Mention> Mentions);
