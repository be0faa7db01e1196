using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Text;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Lays out a lookup (key to member) as a tree of small switches. Roslyn binds one switch with thousands of cases in
/// time that grows faster than linearly (its decision DAG compares every case with the cases before it): a single
/// switch over the 2,217 BBC articles and their 5,000 people took most of a consumer's compile time. Small groups
/// keep binding linear, and at run time the first call compiles only the branch it takes, so its cost does not grow
/// with the corpus.
/// </summary>
internal static class LookupBuilder
{
    /// <summary>Keys per leaf switch, on average.</summary>
    public const int GroupSize = 32;

    /// <summary>Cases per branch switch above the leaves.</summary>
    public const int Fanout = 64;

    /// <summary>
    /// A lookup of string keys, grouped by <see cref="Bucket"/>; the generated <c>NewsGenHash.Bucket</c> is the same
    /// function, so the key is looked for in the group it was put in.
    /// </summary>
    public static LookupView ForStrings(CSharpCode code, string name, string resultType, IReadOnlyList<(string Key, string Target)> entries)
    {
        var groupCount = GroupCount(entries.Count);
        var groups = new List<(string, string)>[groupCount];
        for (var i = 0; i < groupCount; i++)
        {
            groups[i] = [];
        }

        foreach (var (key, target) in entries)
        {
            groups[Bucket(key, groupCount)].Add((CSharpLiteral.String(key), target));
        }

        return Build(name, "string", resultType, code.Type("NewsGenHash") + ".Bucket(key, " + CSharpLiteral.Int(groupCount) + ")", groups);
    }

    /// <summary>A lookup of the positions 0 … count-1 (<paramref name="targets"/> in order), in runs of <see cref="GroupSize"/>.</summary>
    public static LookupView ForPositions(string name, string resultType, IReadOnlyList<string> targets)
    {
        var groups = Enumerable.Range(0, GroupCount(targets.Count))
            .Select(g => Enumerable.Range(g * GroupSize, Math.Min(GroupSize, targets.Count - (g * GroupSize)))
                .Select(i => (CSharpLiteral.Int(i), targets[i]))
                .ToList())
            .ToArray();
        return Build(name, "int", resultType, "(key / " + CSharpLiteral.Int(GroupSize) + ")", groups);
    }

    /// <summary>The <see cref="StableHash"/> of <paramref name="key"/>, modulo <paramref name="buckets"/>.</summary>
    public static int Bucket(string key, int buckets) => (int)(StableHash.Of(key) % (uint)buckets);

    private static int GroupCount(int keys) => Math.Max(1, (keys + GroupSize - 1) / GroupSize);

    private static LookupView Build(string name, string keyType, string resultType, string bucket, IReadOnlyList<List<(string Label, string Target)>> groups)
    {
        var leaves = groups
            .Select((cases, i) => new LookupGroupView(name + "_" + CSharpLiteral.Int(i), CSharpLiteral.Int(i), cases.Select(c => new LookupCaseView(c.Label, c.Target)).ToList()))
            .ToList();
        var branches = leaves.Count <= Fanout
            ? []
            : leaves
                .Select((leaf, i) => (leaf, i))
                .GroupBy(x => x.i / Fanout)
                .Select(g => new LookupBranchView(name + "_Branch" + CSharpLiteral.Int(g.Key), CSharpLiteral.Int(g.Key), g.Select(x => x.leaf).ToList()))
                .ToList();
        return new LookupView(name, keyType, resultType, bucket, CSharpLiteral.Int(Fanout), leaves, branches);
    }
}
