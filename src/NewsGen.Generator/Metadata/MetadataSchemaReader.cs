using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Extraction.Metadata;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Metadata;

/// <summary>
/// Reads a type marked <c>[ArticleMetadata]</c> into a Roslyn-free <see cref="MetadataSchema"/>: the public or
/// internal constructor with the most parameters gives a field per parameter, and every other settable property a
/// field set in an object initializer. The generator, the analyzer and the <c>newsgen</c> CLI read schemas with this
/// one reader, so they agree on keys, types and which members front matter cannot set.
/// </summary>
internal static class MetadataSchemaReader
{
    /// <summary>The marker attribute's metadata name (it ships in NewsGen.Runtime).</summary>
    public const string AttributeName = "NewsGen.Model.ArticleMetadataAttribute";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions & ~SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The schema <paramref name="type"/> declares, why it cannot be one, and its members of unsupported types.</summary>
    public static SchemaReading Read(INamedTypeSymbol type)
    {
        var unusable = Unusable(type);
        var constructor = unusable is null ? Constructor(type) : null;
        if (unusable is not null || constructor is null)
        {
            return new SchemaReading(type, null, unusable ?? "it has no public or internal constructor", []);
        }

        var fields = new List<MetadataField>();
        var unsupported = new List<UnsupportedMember>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var parameter in constructor.Parameters)
        {
            names.Add(MetadataKeys.Normalize(parameter.Name));
            fields.Add(Field(parameter, parameter.Name, parameter.Type, !parameter.HasExplicitDefaultValue && !parameter.IsParams, MetadataTarget.ConstructorParameter, unsupported));
        }

        foreach (var property in Properties(type).Where(p => names.Add(MetadataKeys.Normalize(p.Name))))
        {
            fields.Add(Field(property, property.Name, property.Type, property.IsRequired, MetadataTarget.Property, unsupported));
        }

        var schema = new MetadataSchema(type.ToDisplayString(TypeFormat), type.Name, IsPublic(type), fields.ToEquatableArray());
        return new SchemaReading(type, schema, null, unsupported);
    }

    /// <summary>Why <paramref name="type"/> cannot be a schema, or null when it can.</summary>
    private static string? Unusable(INamedTypeSymbol type)
    {
        if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
        {
            return "it is not a class, record or struct";
        }

        if (type.IsStatic || type.IsAbstract)
        {
            return type.IsStatic ? "it is static" : "it is abstract";
        }

        if (type.IsFileLocal)
        {
            return "it is a file-local type, which generated code cannot see";
        }

        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.Arity > 0)
            {
                return SymbolEqualityComparer.Default.Equals(t, type) ? "it is generic" : "it is nested in a generic type";
            }

            if (t.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
            {
                return "generated code cannot see it (make it public or internal)";
            }
        }

        return null;
    }

    private static IMethodSymbol? Constructor(INamedTypeSymbol type) =>
        type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal && !IsCopyConstructor(c, type))
            .OrderByDescending(c => c.Parameters.Length)
            .FirstOrDefault();

    // A record's copy constructor is protected unless the record is sealed, where it is private; neither is chosen, but
    // a user-declared public one would be.
    private static bool IsCopyConstructor(IMethodSymbol constructor, INamedTypeSymbol type) =>
        type.IsRecord && constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private static IEnumerable<IPropertySymbol> Properties(INamedTypeSymbol type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var t = type; t is not null && t.SpecialType != SpecialType.System_Object && t.SpecialType != SpecialType.System_ValueType; t = t.BaseType)
        {
            foreach (var property in t.GetMembers().OfType<IPropertySymbol>())
            {
                if (!property.IsStatic && !property.IsIndexer && property.SetMethod is { } setter &&
                    setter.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal &&
                    property.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal &&
                    !property.Name.Equals("EqualityContract", StringComparison.Ordinal) && seen.Add(property.Name))
                {
                    yield return property;
                }
            }
        }
    }

    private static MetadataField Field(ISymbol member, string name, ITypeSymbol type, bool mustBeGiven, MetadataTarget target, List<UnsupportedMember> unsupported)
    {
        var nullable = type.NullableAnnotation == NullableAnnotation.Annotated;
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } wrapper)
        {
            (type, nullable) = (wrapper.TypeArguments[0], true);
        }

        type = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var element = Element(type)?.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
        var kind = Kind(element ?? type);
        if (kind == MetadataKind.Unsupported || element?.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            // A type that does not resolve is the compiler's error already.
            if ((element ?? type).TypeKind != TypeKind.Error)
            {
                unsupported.Add(new UnsupportedMember(member, name, type.ToDisplayString()));
            }

            return new MetadataField(name, MetadataKind.Unsupported, false, nullable, mustBeGiven, target, type.ToDisplayString(TypeFormat));
        }

        var scalar = element ?? type;
        var members = kind == MetadataKind.Enum
            ? scalar.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst).Select(f => f.Name).ToEquatableArray()
            : EquatableArray<string>.Empty;
        return new MetadataField(name, kind, element is not null, nullable, mustBeGiven, target, scalar.ToDisplayString(TypeFormat), members);
    }

    /// <summary>
    /// The element type of an array or of <c>IReadOnlyList&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c>,
    /// <c>IEnumerable&lt;T&gt;</c>; null otherwise. Items are never null (a null item is NG3102), so <c>string?</c>
    /// items are read as <c>string</c>; <c>int?</c> items are unsupported.
    /// </summary>
    private static ITypeSymbol? Element(ITypeSymbol type) =>
        type switch
        {
            IArrayTypeSymbol { Rank: 1 } array => array.ElementType,
            INamedTypeSymbol { TypeArguments.Length: 1 } named when named.OriginalDefinition.SpecialType is
                SpecialType.System_Collections_Generic_IReadOnlyList_T or SpecialType.System_Collections_Generic_IReadOnlyCollection_T or SpecialType.System_Collections_Generic_IEnumerable_T
                => named.TypeArguments[0],
            _ => null,
        };

    private static MetadataKind Kind(ITypeSymbol type) =>
        type.SpecialType switch
        {
            SpecialType.System_String => MetadataKind.String,
            SpecialType.System_Boolean => MetadataKind.Bool,
            SpecialType.System_Int32 => MetadataKind.Int,
            SpecialType.System_Int64 => MetadataKind.Long,
            SpecialType.System_Double => MetadataKind.Double,
            SpecialType.System_Decimal => MetadataKind.Decimal,
            _ when type.TypeKind == TypeKind.Enum => MetadataKind.Enum,
            _ => type.ToDisplayString() switch
            {
                "System.DateOnly" => MetadataKind.DateOnly,
                "System.DateTimeOffset" => MetadataKind.DateTimeOffset,
                "System.Uri" => MetadataKind.Uri,
                _ => MetadataKind.Unsupported,
            },
        };

    private static bool IsPublic(INamedTypeSymbol type)
    {
        for (var t = type; t is not null; t = t.ContainingType)
        {
            if (t.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// What <see cref="MetadataSchemaReader"/> found in one marked type: the schema, or why the type cannot be one, and
/// the members front matter cannot set.
/// </summary>
internal sealed record SchemaReading(INamedTypeSymbol Type, MetadataSchema? Schema, string? Unusable, IReadOnlyList<UnsupportedMember> Unsupported);

/// <summary>A schema member of a type front matter cannot set: the parameter or property, its name and its type as declared.</summary>
internal sealed record UnsupportedMember(ISymbol Symbol, string Name, string Type);
