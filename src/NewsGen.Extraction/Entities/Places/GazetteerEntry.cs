using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities.Places;

/// <summary>A place of the gazetteer: canonical name, kind, other names.</summary>
internal sealed class GazetteerEntry
{
    public GazetteerEntry(string name, PlaceKind kind, bool isCommonWord)
    {
        Name = name;
        Kind = kind;
        IsCommonWord = isCommonWord;
    }

    public string Name { get; }

    public PlaceKind Kind { get; }

    /// <summary>Named like a frequent English word ("Reading"): a place only where its capital letter means something.</summary>
    public bool IsCommonWord { get; }

    public List<string> Aliases { get; } = [];
}

/// <summary>
/// What a surface form found in the gazetteer names: a place, by its name, an alias or a demonym. A class, so the
/// gazetteer's map shares code the runtime already has instead of a JIT-compiled copy for a struct.
/// </summary>
internal sealed class PlaceName
{
    public PlaceName(GazetteerEntry place, bool isDemonym)
    {
        Place = place;
        IsDemonym = isDemonym;
    }

    public GazetteerEntry Place { get; }

    /// <summary>"Russian" for Russia: a mention of the place, but not another name of it.</summary>
    public bool IsDemonym { get; }
}
