using System;

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
    public static bool AreVariants(string a, string b)
    {
        a = Normalize(a);
        b = Normalize(b);
        if (a.Length < MinimumLength || b.Length < MinimumLength || a == b)
        {
            return false;
        }

        if (a[0] != b[0] || IsPlural(a, b) || IsPlural(b, a))
        {
            return false;
        }

        var allowed = Math.Min(a.Length, b.Length) >= LongWord ? 2 : 1;
        return Math.Abs(a.Length - b.Length) <= allowed && Distance(a, b, allowed) <= allowed;
    }

    /// <summary>
    /// Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions), or
    /// <paramref name="limit"/> + 1 as soon as the distance is known to exceed <paramref name="limit"/>.
    /// </summary>
    public static int Distance(string a, string b, int limit)
    {
        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previousPrevious[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }

    private static bool IsPlural(string word, string plural) =>
        plural.StartsWith(word, StringComparison.Ordinal) &&
        (plural.Length == word.Length + 1 && plural.EndsWith("s", StringComparison.Ordinal) ||
         plural.Length == word.Length + 2 && plural.EndsWith("es", StringComparison.Ordinal));

    private static string Normalize(string word) => word.Replace("'", string.Empty).Replace("\u2019", string.Empty).ToLowerInvariant();
}
