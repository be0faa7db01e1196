using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Corpus;

/// <summary>How names of entities compare across articles: case does not matter ("NORSEC" and "Norsec" are one).</summary>
internal static class EntityNames
{
    public static StringComparer Comparer => StringComparer.OrdinalIgnoreCase;

    public static bool Same(string left, string right) => Comparer.Equals(left, right);

    // The two below are loops rather than Any and Where with a closure: the corpus pass runs them in every fresh
    // compiler process, where each closure is JIT-compiled anew.

    /// <summary>Whether <paramref name="names"/> holds <paramref name="name"/>, in any case.</summary>
    public static bool Contains(IEnumerable<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (Same(candidate, name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names of <paramref name="names"/> other than <paramref name="name"/>, in order.</summary>
    public static List<string> Except(IEnumerable<string> names, string name)
    {
        var others = new List<string>();
        foreach (var candidate in names)
        {
            if (!Same(candidate, name))
            {
                others.Add(candidate);
            }
        }

        return others;
    }
}
