namespace NewsGen.Extraction.Model;

/// <summary>A person named in an article: canonical name, every other form used, roles and mentions.</summary>
public sealed record Person(
    string Id,
    string Name,
    EquatableArray<string> Aliases,
    EquatableArray<string> Roles,
    EquatableArray<Mention> Mentions);
