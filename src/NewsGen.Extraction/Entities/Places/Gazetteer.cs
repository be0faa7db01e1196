using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Places;

/// <summary>
/// Place names, aliases and demonyms from Data/gazetteer, loaded once; lookups are exact-case hash lookups of
/// the text of one to a few tokens.
/// </summary>
internal static class Gazetteer
{
    /// <summary>Looked up by a range of tokens in place: the finders try every capitalized run of a text against it.</summary>
    private static readonly TextRangeMap<PlaceName> Names = new();

    /// <summary>For the first word of every name: the most tokens a name starting with it has.</summary>
    private static readonly Dictionary<string, int> LongestByFirstWord = new(StringComparer.Ordinal);

    /// <summary>The surface forms <see cref="IsDemonym"/> accepts, as written.</summary>
    private static readonly List<string> DemonymForms = [];

    static Gazetteer()
    {
        var entries = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        Load(entries, "gazetteer/places.txt");
        Load(entries, "gazetteer/extra-places.txt");
        foreach (var entry in entries.Values)
        {
            Add(entry.Name, new PlaceName(entry, isDemonym: false));
            foreach (var alias in entry.Aliases)
            {
                Add(alias, new PlaceName(entry, isDemonym: false));
            }
        }

        foreach (var line in EmbeddedData.Lines("gazetteer/demonyms.txt"))
        {
            var fields = line.Split('\t');
            if (!entries.TryGetValue(fields[0], out var place))
            {
                throw new InvalidOperationException($"Demonyms name an unknown place: {fields[0]}.");
            }

            foreach (var demonym in fields[1].Split('|'))
            {
                Add(demonym, new PlaceName(place, isDemonym: true));
                DemonymForms.Add(demonym);
            }
        }

        // A place's own name beats a demonym spelled the same.
        DemonymForms.RemoveAll(form => !IsDemonym(form));
    }

    /// <summary>Every one-word or longer form <see cref="IsDemonym"/> accepts.</summary>
    public static IReadOnlyList<string> Demonyms => DemonymForms;

    /// <summary>The place a surface form names, if any.</summary>
    public static bool TryFind(string text, out PlaceName name) => Names.TryGetValue(text, out name);

    /// <summary>The place tokens <paramref name="first"/>..<paramref name="last"/> of <paramref name="segment"/> name, if any.</summary>
    public static bool TryFind(TextSegment segment, int first, int last, out PlaceName name) =>
        TryFind(segment.Text, segment.Tokens[first].Start, segment.Tokens[last].End - segment.Tokens[first].Start, out name);

    /// <summary>The place <c>text[start..start+length)</c> names, if any.</summary>
    public static bool TryFind(string text, int start, int length, out PlaceName name) => Names.TryGetValue(text, start, length, out name);

    /// <summary>The most tokens a name starting with <paramref name="firstWord"/> has, 0 when none does.</summary>
    public static int LongestNameStartingWith(string firstWord) =>
        LongestByFirstWord.TryGetValue(firstWord, out var count) ? count : 0;

    /// <summary>A one-word place name or demonym ("Geneva", "Russian").</summary>
    public static bool IsPlaceWord(string word) => Names.TryGetValue(word, out _);

    /// <summary>A demonym (“Norwegian”, “Dutchman”, “Dutch”), as an adjective, a plural or a singular noun.</summary>
    public static bool IsDemonym(string word) => Names.TryGetValue(word, out var name) && name.IsDemonym;

    private static void Load(Dictionary<string, GazetteerEntry> entries, string path)
    {
        foreach (var line in EmbeddedData.Lines(path))
        {
            var fields = line.Split('\t');
            var name = fields[1];
            if (!entries.TryGetValue(name, out var entry))
            {
                entry = new GazetteerEntry(name, KindOf(fields[0][0]), fields[0].Length > 1 && fields[0][1] == '?');
                entries.Add(name, entry);
            }

            if (fields.Length > 2)
            {
                foreach (var alias in fields[2].Split('|'))
                {
                    if (alias != name && !entry.Aliases.Contains(alias))
                    {
                        entry.Aliases.Add(alias);
                    }
                }
            }
        }
    }

    private static void Add(string surface, PlaceName name)
    {
        if (Names.TryGetValue(surface, out var existing) && !Prefer(name, existing))
        {
            return;
        }

        Names.Set(surface, name);
        var tokens = Tokenizer.Tokenize(surface, TokenPolicy.Names);
        var first = surface.Substring(tokens[0].Start, tokens[0].Length);
        if (!LongestByFirstWord.TryGetValue(first, out var count) || count < tokens.Length)
        {
            LongestByFirstWord[first] = tokens.Length;
        }
    }

    /// <summary>A name beats a demonym; between places the more specific kind wins.</summary>
    private static bool Prefer(PlaceName candidate, PlaceName existing) =>
        existing.IsDemonym != candidate.IsDemonym ? existing.IsDemonym : candidate.Place.Kind < existing.Place.Kind;

    private static PlaceKind KindOf(char code) => code switch
    {
        'C' => PlaceKind.City,
        'W' => PlaceKind.Water,
        'R' => PlaceKind.Region,
        'N' => PlaceKind.Country,
        'K' => PlaceKind.Continent,
        _ => throw new InvalidOperationException($"Unknown place kind {code}."),
    };
}
