namespace NewsGen.Extraction.Model;

/// <summary>A place named in an article (demonyms and possessives count as mentions of the place).</summary>
public sealed record Place(
    string Id,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<Mention> Mentions);
