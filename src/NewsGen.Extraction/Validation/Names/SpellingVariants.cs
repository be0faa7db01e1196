using System;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Validation.Names;

/// <summary>
/// Decides whether two name words are one name spelled two ways: same first letter, not a mere difference of case,
/// apostrophe style (O'Neill, O’Neill) or a plural ending, and a small edit distance (one edit for words up to
/// seven letters, two for longer words).
/// </summary>
public static class SpellingVariants
{
    private const int MinimumLength = 4;
    private const int LongWord = 8;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> look like two spellings of one name.</summary>
    public static bool AreVariants(string a, string b) => AreNormalizedVariants(Normalize(a), Normalize(b));

    /// <summary>Like <see cref="AreVariants"/> for two words already passed through <see cref="Normalize"/>.</summary>
    internal static bool AreNormalizedVariants(string a, string b)
    {
        if (a.Length < MinimumLength || b.Length < MinimumLength || a == b)
        {
            return false;
        }

        if (a[0] != b[0] || IsPlural(a, b) || IsPlural(b, a))
        {
            return false;
        }

        var allowed = Math.Min(a.Length, b.Length) >= LongWord ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= allowed && EditDistance.Within(a, b, allowed, transpositions: true) <= allowed;
    }

    private static bool IsPlural(string word, string plural) =>
        plural.StartsWith(word, StringComparison.Ordinal) &&
        (plural.Length == word.Length + 1 && plural.EndsWith("s", StringComparison.Ordinal) ||
         plural.Length == word.Length + 2 && plural.EndsWith("es", StringComparison.Ordinal));

    /// <summary>The word as spellings are compared: lower case, without apostrophes.</summary>
    internal static string Normalize(string word) => word.Replace("'", string.Empty).Replace("\u2019", string.Empty).ToLowerInvariant();
}
