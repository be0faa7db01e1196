using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsGen.Extraction.Metadata;
using NewsGen.Extraction.Validation;

namespace NewsGen.Generator.Metadata;

/// <summary>
/// The types of a compilation marked <c>[ArticleMetadata]</c>, read once: the project's schema (chosen as the
/// generator chooses it, <see cref="MetadataSchema.Choose"/>) and the problems of each marked type, located on the
/// type or the member: NG3107 for a member front matter cannot set, NG3108 for a type that is not the schema.
/// </summary>
internal sealed class SchemaTypes
{
    private readonly Dictionary<INamedTypeSymbol, IReadOnlyList<SchemaProblem>> _problems;

    private SchemaTypes(MetadataSchema? schema, Dictionary<INamedTypeSymbol, IReadOnlyList<SchemaProblem>> problems)
    {
        Schema = schema;
        _problems = problems;
    }

    /// <summary>The project's schema, or null.</summary>
    public MetadataSchema? Schema { get; }

    /// <summary>Every problem of every marked type.</summary>
    public IEnumerable<SchemaProblem> Problems => _problems.Values.SelectMany(p => p);

    /// <summary>
    /// Reads the marked types of <paramref name="compilation"/>. Only types declared with an attribute list have their
    /// attributes bound, so a project without a schema pays for a walk over type declarations, not over code.
    /// </summary>
    public static SchemaTypes Find(Compilation compilation, bool publicApi)
    {
        var attribute = compilation.GetTypeByMetadataName(MetadataSchemaReader.AttributeName);
        var readings = attribute is null
            ? []
            : compilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
                .OfType<INamedTypeSymbol>()
                .Where(t => t.DeclaringSyntaxReferences.Any(r => r.GetSyntax() is TypeDeclarationSyntax { AttributeLists.Count: > 0 }))
                .Where(t => t.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute)))
                .Select(MetadataSchemaReader.Read)
                .ToList();
        var schema = MetadataSchema.Choose(readings.Select(r => r.Schema), publicApi);
        var problems = new Dictionary<INamedTypeSymbol, IReadOnlyList<SchemaProblem>>(SymbolEqualityComparer.Default);
        foreach (var reading in readings)
        {
            problems[reading.Type] = Check(reading, schema, publicApi).ToList();
        }

        return new SchemaTypes(schema, problems);
    }

    /// <summary>The problems of <paramref name="type"/>; none when it is not marked.</summary>
    public IReadOnlyList<SchemaProblem> ProblemsOf(INamedTypeSymbol type) => _problems.TryGetValue(type, out var problems) ? problems : [];

    private static IEnumerable<SchemaProblem> Check(SchemaReading reading, MetadataSchema? chosen, bool publicApi)
    {
        foreach (var member in reading.Unsupported)
        {
            yield return new SchemaProblem(member.Symbol.Locations.FirstOrDefault() ?? Location.None, DiagnosticCatalog.UnsupportedMetadataProperty, [member.Name, member.Type]);
        }

        var reason = reading.Unusable ?? (reading.Schema is { } schema && !Equals(schema, chosen)
            ? publicApi && !schema.IsPublic
                ? "NewsGenAccessibility is public and the type is not"
                : $"'{chosen!.DisplayName}' comes first by full name, and a project has one schema"
            : null);
        if (reason is not null)
        {
            yield return new SchemaProblem(reading.Type.Locations.FirstOrDefault() ?? Location.None, DiagnosticCatalog.UnusableMetadataSchema, [reading.Type.Name, reason]);
        }
    }
}

/// <summary>A problem of a schema type: where, which kind, and the message arguments.</summary>
internal sealed record SchemaProblem(Location Location, ContentDiagnosticDescriptor Kind, object[] Arguments);
