using System;

namespace NewsGen.Extraction.Text;

/// <summary>Binary search over items kept in order of an integer key (a text offset, a sentence number).</summary>
internal static class SortedSearch
{
    /// <summary>
    /// The index of the first of the <paramref name="count"/> items of <paramref name="items"/> whose key, read by
    /// <paramref name="keyAt"/>, is at least <paramref name="target"/>; <paramref name="count"/> when none is.
    /// </summary>
    public static int FirstAtLeast<TItems>(TItems items, int count, int target, Func<TItems, int, int> keyAt)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (keyAt(items, middle) < target)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
