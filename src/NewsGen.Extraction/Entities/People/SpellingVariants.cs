using System;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Surnames that are one person spelled two ways ("Lindqvist", "Lindquist"): equal ignoring case, or at
/// most one edit apart when both have five letters or more, two when both have eight or more.
/// </summary>
internal static class SpellingVariants
{
    public static bool Match(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var shorter = Math.Min(a.Length, b.Length);
        var allowed = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
        return allowed > 0 && Math.Abs(a.Length - b.Length) <= allowed && char.ToUpperInvariant(a[0]) == char.ToUpperInvariant(b[0])
            && Distance(a, b, allowed) <= allowed;
    }

    /// <summary>Levenshtein distance, ignoring case, giving up once it exceeds <paramref name="limit"/>.</summary>
    private static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMinimum = Math.Min(rowMinimum, current[j]);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
