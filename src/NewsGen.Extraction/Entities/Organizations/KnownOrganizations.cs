using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Organizations;

/// <summary>Well-known organizations whose names carry no head word (Data/entities/known-organizations.txt).</summary>
internal static class KnownOrganizations
{
    /// <summary>Looked up by a range of tokens in place: the finders try every capitalized run of a text against it.</summary>
    private static readonly TextRangeMap<string> NameBySurface = new();
    private static readonly Dictionary<string, int> LongestByFirstWord = new(StringComparer.Ordinal);
    private static readonly List<string> SurfaceForms = [];

    static KnownOrganizations()
    {
        foreach (var line in EmbeddedData.Lines("entities/known-organizations.txt"))
        {
            var fields = line.Split('\t');
            Add(fields[0], fields[0]);
            if (fields.Length > 1)
            {
                foreach (var alias in fields[1].Split('|'))
                {
                    Add(alias, fields[0]);
                }
            }
        }
    }

    /// <summary>Every way a known organization is written, as <see cref="TryFind(string, out string)"/> accepts it.</summary>
    public static IReadOnlyList<string> Surfaces => SurfaceForms;

    /// <summary>The canonical name of a known organization written as <paramref name="surface"/>.</summary>
    public static bool TryFind(string surface, out string name) => NameBySurface.TryGetValue(surface, out name);

    /// <summary>The canonical name of a known organization written as tokens <paramref name="first"/>..<paramref name="last"/> of <paramref name="segment"/>.</summary>
    public static bool TryFind(TextSegment segment, int first, int last, out string name) =>
        NameBySurface.TryGetValue(segment.Text, segment.Tokens[first].Start, segment.Tokens[last].End - segment.Tokens[first].Start, out name);

    public static int LongestNameStartingWith(string firstWord) =>
        LongestByFirstWord.TryGetValue(firstWord, out var count) ? count : 0;

    private static void Add(string surface, string name)
    {
        NameBySurface.Set(surface, name);
        SurfaceForms.Add(surface);
        var tokens = Tokenizer.Tokenize(surface, TokenPolicy.Names);
        var first = surface.Substring(tokens[0].Start, tokens[0].Length);
        if (!LongestByFirstWord.TryGetValue(first, out var count) || count < tokens.Length)
        {
            LongestByFirstWord[first] = tokens.Length;
        }
    }
}
