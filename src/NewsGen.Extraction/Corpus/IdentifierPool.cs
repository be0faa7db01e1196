using System;
using System.Collections.Generic;
using System.Globalization;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Corpus;

/// <summary>A thing that wants a member name: the name, what identifies the thing itself, and whether the user asked for the name.</summary>
internal sealed record NameClaim(string Wanted, string Key, bool Explicit);

/// <summary>
/// Hands out unique C# member names within one generated class, decided by the things that want them, never by their
/// order, so adding, removing or renaming one article never changes the name of anything that does not want the same
/// name. A name wanted by one thing alone (and not reserved) is its name as wanted; a name the user asked for
/// explicitly is kept by that one claimant; every other claimant of a shared or reserved name gets it followed by
/// <c>_</c> and eight hex digits of the <see cref="StableHash"/> of its own key (an article's file name, an entity's
/// canonical name). Only claimants whose keys are equal as well fall back to a number, in the order given. Names are
/// compared without case, because the generator turns them into file names, which many file systems compare without case.
/// </summary>
internal static class IdentifierPool
{
    public static string[] Assign(IReadOnlyList<NameClaim> claims, IEnumerable<string> reserved)
    {
        var reservedNames = new HashSet<string>(reserved, StringComparer.OrdinalIgnoreCase);
        var names = new string[claims.Count];
        var wantedNames = new string[claims.Count];
        for (var i = 0; i < wantedNames.Length; i++)
        {
            wantedNames[i] = claims[i].Wanted;
        }

        foreach (var members in IndexesByName(wantedNames))
        {
            var explicitCount = 0;
            var explicitOne = -1;
            foreach (var i in members)
            {
                if (claims[i].Explicit)
                {
                    explicitCount++;
                    explicitOne = i;
                }
            }

            var keeper = reservedNames.Contains(claims[members[0]].Wanted) ? -1
                : explicitCount == 1 ? explicitOne
                : explicitCount == 0 && members.Count == 1 ? members[0]
                : -1;
            foreach (var i in members)
            {
                names[i] = i == keeper
                    ? claims[i].Wanted
                    : claims[i].Wanted + "_" + StableHash.Of(claims[i].Key).ToString("x8", CultureInfo.InvariantCulture);
            }
        }

        // Sets filled in loops rather than GroupBy and Where with lambdas: this runs in every fresh compiler process.
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var repeated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (!seen.Add(name))
            {
                repeated.Add(name);
            }
        }

        var taken = new HashSet<string>(reservedNames, StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            if (!repeated.Contains(name))
            {
                taken.Add(name);
            }
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (!repeated.Contains(names[i]))
            {
                continue;
            }

            var wanted = names[i];
            var n = 2;
            while (!taken.Add(names[i] = wanted + n.ToString(CultureInfo.InvariantCulture)))
            {
                n++;
            }
        }

        return names;
    }

    /// <summary>
    /// The indexes of <paramref name="names"/> grouped by their name compared without case, groups and members in
    /// order of first appearance; an index without a name is left out. A loop over the names rather than GroupBy over
    /// int indexes or a name selector, whose code the JIT compiles anew in every compiler process.
    /// </summary>
    public static List<List<int>> IndexesByName(IReadOnlyList<string?> names)
    {
        var groups = new List<List<int>>();
        var byName = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] is not { } key)
            {
                continue;
            }

            if (!byName.TryGetValue(key, out var group))
            {
                byName[key] = group = [];
                groups.Add(group);
            }

            group.Add(i);
        }

        return groups;
    }
}
