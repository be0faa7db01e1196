using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsGen.Extraction.Metadata;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Writes an article's metadata as a C# object creation of the schema type: named constructor arguments for
/// constructor parameters, an object initializer for properties. A key the front matter does not give (or gives a
/// bad value, which the analyzer reports) is left out when optional, and given an empty or default value when the type
/// requires it, so the code compiles, without warnings, whatever the front matter holds.
/// </summary>
internal static class MetadataCode
{
    private static readonly SourceSpan Nowhere = new(0, 0, 0, 0, 0, 0);

    /// <summary>The creation expression of <paramref name="article"/>'s metadata.</summary>
    public static string Creation(MetadataSchema schema, Article article)
    {
        var values = MetadataBinder.Bind(article.SourcePath, article.FrontMatter, Nowhere, schema).Values.ToDictionary(v => v.Field.Name, v => v.Value, StringComparer.Ordinal);
        var arguments = new List<string>();
        var initializers = new List<string>();
        foreach (var field in schema.Fields)
        {
            var given = values.TryGetValue(field.Name, out var value);
            if (!given && !field.MustBeGiven)
            {
                continue;
            }

            // Names are written verbatim (@Name) so a member named like a keyword needs no special case.
            var code = given ? Value(field, value) : Missing(field);
            if (field.Target == MetadataTarget.ConstructorParameter)
            {
                arguments.Add("@" + field.Name + ": " + code);
            }
            else
            {
                initializers.Add("@" + field.Name + " = " + code);
            }
        }

        var creation = "new " + schema.TypeName + "(" + string.Join(", ", arguments) + ")";
        return initializers.Count == 0 ? creation : creation + " { " + string.Join(", ", initializers) + " }";
    }

    // A required key the front matter lacks is an error (NG3103); should it be silenced, lists and text are empty
    // rather than null.
    private static string Missing(MetadataField field) =>
        field.Kind == MetadataKind.Unsupported ? "default!"
        : field.IsList ? "global::System.Array.Empty<" + field.TypeName + ">()"
        : field.Kind == MetadataKind.String ? "\"\""
        : "default!";

    private static string Value(MetadataField field, object? value) =>
        value switch
        {
            null => "null",
            IEnumerable<object?> items when field.IsList => items.Any()
                ? "new " + field.TypeName + "[] { " + string.Join(", ", items.Select(i => Scalar(field, i!))) + " }"
                : "global::System.Array.Empty<" + field.TypeName + ">()",
            _ => Scalar(field, value),
        };

    private static string Scalar(MetadataField field, object value) =>
        field.Kind switch
        {
            MetadataKind.String => CSharpLiteral.String((string)value),
            MetadataKind.Bool => CSharpLiteral.Bool((bool)value),
            MetadataKind.Int => CSharpLiteral.Int((int)value),
            MetadataKind.Long => CSharpLiteral.Long((long)value),
            MetadataKind.Double => CSharpLiteral.Double((double)value),
            MetadataKind.Decimal => CSharpLiteral.Decimal((decimal)value),
            MetadataKind.DateOnly => Date((CalendarDate)value),
            MetadataKind.DateTimeOffset => Moment((DateTimeOffset)value),
            MetadataKind.Uri => "new global::System.Uri(" + CSharpLiteral.String((string)value) + ")",
            _ => field.TypeName + ".@" + (string)value,
        };

    private static string Date(CalendarDate date) =>
        string.Format(CultureInfo.InvariantCulture, "new global::System.DateOnly({0}, {1}, {2})", date.Year, date.Month, date.Day);

    // The readable form to the second, and the ticks below it only when there are any.
    private static string Moment(DateTimeOffset moment)
    {
        var code = string.Format(
            CultureInfo.InvariantCulture,
            "new global::System.DateTimeOffset({0}, {1}, {2}, {3}, {4}, {5}, new global::System.TimeSpan(0, {6}, 0))",
            moment.Year,
            moment.Month,
            moment.Day,
            moment.Hour,
            moment.Minute,
            moment.Second,
            (int)moment.Offset.TotalMinutes);
        var fraction = moment.Ticks % TimeSpan.TicksPerSecond;
        return fraction == 0 ? code : code + ".AddTicks(" + CSharpLiteral.Long(fraction) + ")";
    }
}
