namespace NewsGen.Extraction.Text;

/// <summary>
/// FNV-1a over the UTF-16 code units: the same on every machine and run, unlike <see cref="string.GetHashCode()"/>.
/// NewsGen's one hash for anything that must be reproducible (generated file groups, lookup buckets, shortened names).
/// </summary>
public static class StableHash
{
    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static uint Of(string text)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in text)
            {
                hash = (hash ^ c) * 16777619u;
            }

            return hash;
        }
    }
}
