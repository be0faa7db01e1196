using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corrections;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// The optional <c>---</c> block at the top of a file: every YAML entry in it, in order, and the YAML error that
/// stopped reading it, if any. <see cref="BodyStart"/> is where the article text begins (0 when there is no block).
/// </summary>
public sealed record FrontMatter(EquatableArray<YamlEntry> Entries, int BodyStart, YamlError? Error)
{
    private static readonly string[] SingleValueKeyNames = { "id", "published", "source", "author" };

    private static readonly HashSet<string> SingleValueKeys = new(SingleValueKeyNames, StringComparer.OrdinalIgnoreCase);

    /// <summary>NewsGen's own keys as messages list them: <c>id, published, source, author, corrections</c>.</summary>
    public static string KnownKeyList { get; } = string.Join(", ", SingleValueKeyNames.Concat(new[] { CorrectionsReader.Key }));

    /// <summary>No front matter.</summary>
    public static FrontMatter None { get; } = new(EquatableArray<YamlEntry>.Empty, 0, null);

    /// <summary>The entries whose key NewsGen does not read.</summary>
    public IEnumerable<YamlEntry> UnknownKeys => Entries.Where(e => !IsKnownKey(e.Key));

    /// <summary>The article's own corrections block, if any (a repeated key keeps its last value).</summary>
    public YamlEntry? Corrections => Last(CorrectionsReader.Key);

    /// <summary>Whether NewsGen itself reads <paramref name="key"/>; keys compare case-insensitively.</summary>
    public static bool IsKnownKey(string key) => TakesOneValue(key) || string.Equals(key, CorrectionsReader.Key, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="key"/> is one of NewsGen's keys that take a single scalar value.</summary>
    public static bool TakesOneValue(string key) => SingleValueKeys.Contains(key);

    /// <summary>The value of <paramref name="key"/> when it is a scalar; a repeated key keeps its last value.</summary>
    public YamlScalar? this[string key] => Last(key)?.Value as YamlScalar;

    // Read backwards in a loop: every stage asks for a key or two of every article, and a query with a lambda
    // allocated a closure, a delegate and an enumerator at each ask.
    private YamlEntry? Last(string key)
    {
        for (var i = Entries.Count - 1; i >= 0; i--)
        {
            if (string.Equals(Entries[i].Key, key, StringComparison.OrdinalIgnoreCase))
            {
                return Entries[i];
            }
        }

        return null;
    }
}
