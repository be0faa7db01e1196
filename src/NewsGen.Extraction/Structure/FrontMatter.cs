using System.Collections.Generic;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// The optional <c>---</c> block at the top of a file. <see cref="BodyStart"/> is where the article text begins
/// (0 when there is no block).
/// </summary>
public sealed record FrontMatter(
    IReadOnlyDictionary<string, FrontMatterEntry> Entries,
    int BodyStart,
    IReadOnlyList<FrontMatterEntry> UnknownKeys)
{
    /// <summary>No front matter.</summary>
    public static FrontMatter None { get; } = new(new Dictionary<string, FrontMatterEntry>(), 0, []);

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    public FrontMatterEntry? this[string key] => Entries.TryGetValue(key, out var entry) ? entry : null;
}

/// <summary>One <c>key: value</c> line with the offset of its value, for diagnostics.</summary>
public sealed record FrontMatterEntry(string Key, string Value, int KeyStart, int ValueStart);
