using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NewsGen.Model;

/// <summary>
/// A person, organization or place named in the articles of a content set, merged across articles. One instance per
/// entity and content set, so equality is identity. Navigation back to articles, quotes and events is left out of
/// JSON, so an article serializes without cycles.
/// </summary>
public abstract class Entity
{
    private protected Entity(string id, string name, IReadOnlyList<string> aliases)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
    }

    /// <summary>The identifier: the name of the entity's property on the generated <c>People</c>, <c>Organizations</c> or <c>Places</c> class.</summary>
    public string Id { get; }

    /// <summary>The canonical name: the fullest form the articles use.</summary>
    public string Name { get; }

    /// <summary>Every other form the articles use: short forms, acronyms, spelling variants.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The articles that name this entity, in content-set order.</summary>
    [JsonIgnore]
    public IReadOnlyList<Article> Articles { get; internal set; } = [];

    /// <summary>The events this entity took part in (people, organizations) or that happened there (places).</summary>
    [JsonIgnore]
    public IReadOnlyList<Event> Events { get; internal set; } = [];

    /// <summary>The canonical name.</summary>
    /// <returns><see cref="Name"/>.</returns>
    public override string ToString() => Name;
}

/// <summary>Someone who can speak or act: a <see cref="Person"/> or an <see cref="Organization"/>.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(Person), "person")]
[JsonDerivedType(typeof(Organization), "organization")]
public abstract class Actor : Entity
{
    private protected Actor(string id, string name, IReadOnlyList<string> aliases)
        : base(id, name, aliases)
    {
    }

    /// <summary>The quotes attributed to this actor across all articles, in content-set order.</summary>
    [JsonIgnore]
    public IReadOnlyList<Quote> Quotes { get; internal set; } = [];
}

/// <summary>A person named in the articles.</summary>
public sealed class Person : Actor
{
    internal Person(string id, string name, IReadOnlyList<string> aliases, IReadOnlyList<string> roles)
        : base(id, name, aliases)
    {
        Roles = roles;
    }

    /// <summary>The roles the articles give the person ("Chief Harbour Inspector North", "minister").</summary>
    public IReadOnlyList<string> Roles { get; }
}

/// <summary>An organization or publication named in the articles.</summary>
public sealed class Organization : Actor
{
    internal Organization(string id, string name, IReadOnlyList<string> aliases)
        : base(id, name, aliases)
    {
    }
}

/// <summary>A place named in the articles.</summary>
public sealed class Place : Entity
{
    internal Place(string id, string name, IReadOnlyList<string> aliases, PlaceKind kind)
        : base(id, name, aliases)
    {
        Kind = kind;
    }

    /// <summary>What kind of place it is.</summary>
    public PlaceKind Kind { get; }
}

/// <summary>What kind of place.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlaceKind>))]
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
