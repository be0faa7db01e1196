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

    /// <summary>
    /// For each wanted name, the suffix to try first next time: every smaller one is taken, and names are never given
    /// back, so a thousand articles wanting one name cost a thousand probes, not half a million.
    /// </summary>
    private readonly Dictionary<string, int> _nextSuffix = new(StringComparer.OrdinalIgnoreCase);

    public IdentifierPool(IEnumerable<string> reserved) => _taken = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);

    public bool IsFree(string name) => !_taken.Contains(name);

    public void Claim(string name) => _taken.Add(name);

    /// <summary><paramref name="wanted"/> if free, else the first free of <c>wanted2</c>, <c>wanted3</c>, … (claimed).</summary>
    public string ClaimUnique(string wanted)
    {
        if (IsFree(wanted))
        {
            Claim(wanted);
            return wanted;
        }

        var n = _nextSuffix.TryGetValue(wanted, out var next) ? next : 2;
        var name = wanted + n.ToString(CultureInfo.InvariantCulture);
        while (!IsFree(name))
        {
            n++;
            name = wanted + n.ToString(CultureInfo.InvariantCulture);
        }

        _nextSuffix[wanted] = n + 1;
        Claim(name);
        return name;
    }
}
