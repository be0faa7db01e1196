using System;

namespace NewsGen.Extraction.Text;

/// <summary>How many edits turn one word into another, ignoring case, bounded so that unlike words cost little.</summary>
internal static class EditDistance
{
    /// <summary>Three rows per thread, grown to the longest word seen, so a comparison allocates nothing.</summary>
    [ThreadStatic]
    private static int[][]? _rows;

    /// <summary>
    /// Insertions, deletions and substitutions (and, with <paramref name="transpositions"/>, swaps of two adjacent
    /// letters: optimal string alignment) between <paramref name="a"/> and <paramref name="b"/>, ignoring case; or
    /// <paramref name="limit"/> + 1 as soon as the distance is known to exceed <paramref name="limit"/>.
    /// </summary>
    public static int Within(string a, string b, int limit, bool transpositions)
    {
        var rows = _rows is { } known && known[0].Length > b.Length ? known : _rows = [new int[b.Length + 16], new int[b.Length + 16], new int[b.Length + 16]];
        var (previousPrevious, previous, current) = (rows[0], rows[1], rows[2]);
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
                var cost = Same(a[i - 1], b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (transpositions && i > 1 && j > 1 && Same(a[i - 1], b[j - 2]) && Same(a[i - 2], b[j - 1]))
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

    private static bool Same(char x, char y) => x == y || char.ToUpperInvariant(x) == char.ToUpperInvariant(y);
}
