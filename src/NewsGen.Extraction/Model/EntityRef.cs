namespace NewsGen.Extraction.Model;

/// <summary>What kind of entity an <see cref="EntityRef"/> points at.</summary>
public enum EntityKind
{
    /// <summary>A <see cref="Model.Person"/>.</summary>
    Person,

    /// <summary>An <see cref="Model.Organization"/>.</summary>
    Organization,
}

/// <summary>A reference to a person or organization of the same article, by id.</summary>
public sealed record EntityRef(EntityKind Kind, string Id, string Name);
