namespace NewsGen.Extraction.Model;

/// <summary>A place named in an article (demonyms and possessives count as mentions of the place).</summary>
public sealed record Place(
    string Id,
    string Name,
    PlaceKind Kind,
    EquatableArray<string> Aliases,
    EquatableArray<Mention> Mentions);

/// <summary>What kind of place; ties between places go to the more specific kind (lower value).</summary>
public enum PlaceKind
{
    /// <summary>A city, town or district.</summary>
    City,

    /// <summary>A sea, strait, gulf, lake, river or ocean.</summary>
    Water,

    /// <summary>A state, province or other region inside a country.</summary>
    Region,

    /// <summary>A sovereign country.</summary>
    Country,

    /// <summary>A continent or a multi-country region.</summary>
    Continent,
}
