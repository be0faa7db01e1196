using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Metadata;

/// <summary>
/// A project's metadata schema (the C# type marked <c>[ArticleMetadata]</c>) without Roslyn: the type's name and one
/// field per front-matter key it declares. Plain data with value equality, so the generator caches it and the
/// analyzer and the CLI read the same thing.
/// </summary>
/// <param name="TypeName">The type as generated code names it: <c>global::Blog.PostMeta</c>.</param>
/// <param name="DisplayName">The type as messages name it: <c>PostMeta</c>.</param>
/// <param name="IsPublic">The type is public (and so is every type it is nested in).</param>
/// <param name="Fields">The keys, in declaration order (constructor parameters first).</param>
public sealed record MetadataSchema(string TypeName, string DisplayName, bool IsPublic, EquatableArray<MetadataField> Fields)
{
    /// <summary>
    /// The schema of a project among the usable types marked as one: the first by full name, skipping non-public
    /// ones when the generated classes are public (<paramref name="publicApi"/>), which could not expose them.
    /// </summary>
    public static MetadataSchema? Choose(IEnumerable<MetadataSchema?> candidates, bool publicApi)
    {
        // A loop rather than Where and OrderBy with closures: the generator asks in every fresh compiler process. On
        // equal names the first is kept, as the stable OrderBy did.
        MetadataSchema? first = null;
        foreach (var candidate in candidates)
        {
            if (candidate is not null && (candidate.IsPublic || !publicApi)
                && (first is null || string.CompareOrdinal(candidate.TypeName, first.TypeName) < 0))
            {
                first = candidate;
            }
        }

        return first;
    }

    /// <summary>The field <paramref name="key"/> names, or null (see <see cref="MetadataKeys.Normalize"/>).</summary>
    public MetadataField? Find(string key)
    {
        var normalized = MetadataKeys.Normalize(key);
        return Fields.FirstOrDefault(f => string.Equals(MetadataKeys.Normalize(f.Name), normalized, StringComparison.Ordinal));
    }
}

/// <summary>
/// One key of a schema: a constructor parameter or a settable property of the schema type.
/// </summary>
/// <param name="Name">The parameter or property name as declared (<c>CanonicalUrl</c>).</param>
/// <param name="Kind">What values it takes; <see cref="MetadataKind.Unsupported"/> for a type front matter cannot set.</param>
/// <param name="IsList">An array or read-only list of <see cref="Kind"/>.</param>
/// <param name="IsNullable">Its type admits null (<c>string?</c>, <c>int?</c>), which makes the key optional.</param>
/// <param name="MustBeGiven">
/// Code creating the type must give it: a constructor parameter without a default value, or a <c>required</c> property.
/// </param>
/// <param name="Target">Whether it is set through the constructor or an initializer.</param>
/// <param name="TypeName">The scalar or element type as generated code names it (<c>string</c>, <c>global::Blog.Section</c>).</param>
/// <param name="EnumMembers">The members of an enum, in declaration order.</param>
public sealed record MetadataField(
    string Name,
    MetadataKind Kind,
    bool IsList,
    bool IsNullable,
    bool MustBeGiven,
    MetadataTarget Target,
    string TypeName,
    EquatableArray<string> EnumMembers = default)
{
    /// <summary>Required: a missing key is an error. Optional keys are nullable, have a default, or are plain properties.</summary>
    public bool IsRequired => MustBeGiven && !IsNullable;

    /// <summary>The key as front matter writes it in messages: <c>canonical_url</c>.</summary>
    public string Key => MetadataKeys.SnakeCase(Name);

    /// <summary>What the key takes, for messages: <c>a whole number</c>, <c>a list of text</c>.</summary>
    public string Expected => IsList ? "a list of " + MetadataKeys.Plural(Kind) : MetadataKeys.Singular(Kind);
}

/// <summary>The value types front matter can set.</summary>
public enum MetadataKind
{
    /// <summary>A type NewsGen cannot set from front matter; reported on the property.</summary>
    Unsupported,

    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>bool</c>.</summary>
    Bool,

    /// <summary><c>int</c>.</summary>
    Int,

    /// <summary><c>long</c>.</summary>
    Long,

    /// <summary><c>double</c>.</summary>
    Double,

    /// <summary><c>decimal</c>.</summary>
    Decimal,

    /// <summary><c>DateOnly</c>.</summary>
    DateOnly,

    /// <summary><c>DateTimeOffset</c>.</summary>
    DateTimeOffset,

    /// <summary><c>Uri</c> (absolute).</summary>
    Uri,

    /// <summary>An enum type.</summary>
    Enum,
}

/// <summary>How generated code sets a field.</summary>
public enum MetadataTarget
{
    /// <summary>A named constructor argument.</summary>
    ConstructorParameter,

    /// <summary>An object initializer entry.</summary>
    Property,
}
