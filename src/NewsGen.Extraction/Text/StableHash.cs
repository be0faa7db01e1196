namespace NewsGen.Extraction.Text;

/// <summary>
/// FNV-1a over the UTF-16 code units: the same on every machine and run, unlike <see cref="string.GetHashCode()"/>.
/// NewsGen's one hash for anything that must be reproducible (generated file groups, lookup buckets, shortened names)
/// and for looking up a word in place in a text (word lists), without cutting it out.
/// </summary>
public static class StableHash
{
    private const uint Offset = 2166136261u;
    private const uint Prime = 16777619u;

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static uint Of(string text) => Of(text, 0, text.Length);

    /// <summary>The hash of <c>text[start..start+length)</c>: equal to <see cref="Of(string)"/> of that substring.</summary>
    public static uint Of(string text, int start, int length)
    {
        unchecked
        {
            var hash = Offset;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ text[i]) * Prime;
            }

            return hash;
        }
    }

    /// <summary>The hash of <c>text[start..start+length)</c> in lowercase (invariant), for case-insensitive lookups.</summary>
    public static uint OfIgnoringCase(string text, int start, int length)
    {
        unchecked
        {
            var hash = Offset;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * Prime;
            }

            return hash;
        }
    }
}
