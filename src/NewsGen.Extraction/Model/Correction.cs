namespace NewsGen.Extraction.Model;

/// <summary>What a correction changes.</summary>
public enum CorrectionKind
{
    /// <summary>Drop an entity that is not one (<c>suppress: [name]</c>).</summary>
    Suppress,

    /// <summary>Fold an entity into another one (<c>merge: {name: other name}</c>).</summary>
    Merge,

    /// <summary>Set an entity's canonical name (<c>names: {form: canonical name}</c>).</summary>
    Name,

    /// <summary>Pin an entity's identifier (<c>ids: {name: Identifier}</c>).</summary>
    Id,

    /// <summary>Add a role to a person (<c>roles: {name: role}</c>).</summary>
    Role,

    /// <summary>Set or, with an empty value, clear the speaker of the quote that starts with a text (<c>speakers: {start: name}</c>).</summary>
    Speaker,

    /// <summary>Drop the paragraphs that start with a text as boilerplate (<c>boilerplate: [start]</c>).</summary>
    Boilerplate,
}

/// <summary>
/// One correction as written: <see cref="Target"/> names what it applies to (an entity's name or alias, the start
/// of a quote or paragraph), <see cref="Value"/> what to set (null to clear a speaker, and for suppress and
/// boilerplate). <see cref="Location"/> is the target in the corrections file or front matter, for warnings.
/// </summary>
public sealed record Correction(CorrectionKind Kind, string Target, string? Value, FileSpan Location);

/// <summary>
/// What a correction did in one article: how many entities, quotes or paragraphs it changed, or why it could not
/// apply to what it matched (<see cref="Problem"/>, e.g. a speaker that is not in the article).
/// </summary>
public sealed record AppliedCorrection(Correction Correction, int Changes, string? Problem = null);
