using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// Hands out unique C# member names within one generated class. Names are compared without case, because the
/// generator turns them into file names (hint names), which Roslyn and many file systems compare without case.
/// </summary>
internal sealed class IdentifierPool
{
    private readonly HashSet<string> _taken;

    public IdentifierPool(IEnumerable<string> reserved) => _taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);

    public bool IsFree(string name) => !_taken.Contains(name);

    public void Claim(string name) => _taken.Add(name);

    /// <summary><paramref name="wanted"/> if free, else the first free of <c>wanted2</c>, <c>wanted3</c>, … (claimed).</summary>
    public string ClaimUnique(string wanted)
    {
        var name = wanted;
        for (var n = 2; !IsFree(name); n++)
        {
            name = wanted + n.ToString(CultureInfo.InvariantCulture);
        }

        Claim(name);
        return name;
    }
}
