using System;
using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Places;

/// <summary>Where a place head word stands relative to the proper name it comes with.</summary>
internal enum HeadPosition
{
    /// <summary>"Aral Sea", "Bering Strait".</summary>
    After,

    /// <summary>"Lake Geneva", "River Thames".</summary>
    Before,

    /// <summary>"Sea of Japan", "Gulf of Mexico".</summary>
    Of,
}

/// <summary>Head words of water bodies and regions (Data/entities/place-heads.txt).</summary>
internal static class PlaceHeads
{
    private static readonly Dictionary<string, List<HeadUse>> Heads = Load();

    /// <summary>Every head word, as written.</summary>
    public static IEnumerable<string> Words => Heads.Keys;

    public static bool TryGet(string word, HeadPosition position, out PlaceKind kind)
    {
        kind = PlaceKind.Water;
        if (!Heads.TryGetValue(word, out var uses))
        {
            return false;
        }

        foreach (var use in uses)
        {
            if (use.Position == position)
            {
                kind = use.Kind;
                return true;
            }
        }

        return false;
    }

    private static Dictionary<string, List<HeadUse>> Load()
    {
        var heads = new Dictionary<string, List<HeadUse>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("entities/place-heads.txt"))
        {
            var fields = line.Split('\t');
            var kind = fields[0] == "W" ? PlaceKind.Water : PlaceKind.Region;
            var position = (HeadPosition)Enum.Parse(typeof(HeadPosition), fields[2], ignoreCase: true);
            if (!heads.TryGetValue(fields[1], out var uses))
            {
                heads[fields[1]] = uses = [];
            }

            uses.Add(new HeadUse(kind, position));
        }

        return heads;
    }

    // A class, not a tuple: a list over a value type is JIT-compiled anew in every fresh compiler process.
    private sealed record HeadUse(PlaceKind Kind, HeadPosition Position);
}
