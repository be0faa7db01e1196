using System;
using NewsGen.Extraction.Text;

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
            && EditDistance.Within(a, b, allowed, transpositions: false) <= allowed;
    }
}
