using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;
using NewsGen.Extraction.Validation;

namespace NewsGen.Extraction.Metadata;

/// <summary>
/// Reads an article's front matter against a <see cref="MetadataSchema"/>: the typed value of each key, and a located
/// diagnostic for each key the schema does not declare, each value of the wrong type, enum member, date or URL that
/// is not one, each repeated key and each required key that is missing. A value with a problem is left out, so the
/// code generated from the rest always compiles. NewsGen's own keys (<c>id</c>, <c>published</c>, <c>source</c>,
/// <c>author</c>, <c>corrections</c>) are always accepted; a schema that declares one of them gets its value too.
/// </summary>
public static class MetadataBinder
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd",
    ];

    private static readonly Regex Scheme = new("^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant);

    /// <summary>
    /// Binds <paramref name="entries"/> (an article's front matter, as <see cref="Article.FrontMatter"/> keeps it) to
    /// <paramref name="schema"/>; a missing required key is reported at <paramref name="missingKeyAt"/>.
    /// </summary>
    public static BoundMetadata Bind(string path, EquatableArray<YamlEntry> entries, SourceSpan missingKeyAt, MetadataSchema schema)
    {
        var diagnostics = new List<ContentDiagnostic>();
        var given = new Dictionary<string, BoundField?>(StringComparer.Ordinal);
        var seen = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var key = MetadataKeys.Normalize(entry.Key);
            if (seen.TryGetValue(key, out var earlier))
            {
                diagnostics.Add(DiagnosticCatalog.DuplicateMetadataKey.Create(
                    path, entry.KeySpan, new[] { new FileSpan(path, earlier.KeySpan) }.ToEquatableArray(), entry.Key));
            }

            seen[key] = entry;
            var field = schema.Find(entry.Key);
            if (field is null)
            {
                if (!FrontMatter.IsKnownKey(entry.Key))
                {
                    diagnostics.Add(DiagnosticCatalog.UnknownMetadataKey.Create(path, entry.KeySpan, entry.Key, ExpectedKeys(schema)));
                }
            }
            else if (field.Kind != MetadataKind.Unsupported)
            {
                // A repeated key keeps its last value, as NewsGen's own keys do; a bad last value leaves the key out.
                var problems = diagnostics.Count;
                var value = Convert(new ValueContext(path, field, entry.Key, diagnostics), entry.Value);
                given[field.Name] = diagnostics.Count == problems ? new BoundField(field, value) : null;
            }
        }

        foreach (var field in schema.Fields.Where(f => f.IsRequired && f.Kind != MetadataKind.Unsupported && !given.ContainsKey(f.Name)))
        {
            diagnostics.Add(DiagnosticCatalog.MissingMetadataKey.Create(path, missingKeyAt, field.Key, schema.DisplayName));
        }

        var values = schema.Fields.Select(f => given.TryGetValue(f.Name, out var bound) ? bound : null).OfType<BoundField>().ToList();
        return new BoundMetadata(values, diagnostics.OrderBy(d => d.Location.Start).ToList());
    }

    /// <summary>
    /// What a build reports for one extracted article when the project declares <paramref name="schema"/>: the
    /// extraction's diagnostics, in which the schema replaces NG3001 (unknown key), and the binder's. Without a schema,
    /// or for a file that yielded no article, the extraction's diagnostics as they are.
    /// </summary>
    public static IReadOnlyList<ContentDiagnostic> Check(ArticleSource source, ExtractionResult result, MetadataSchema? schema)
    {
        if (schema is null || result.Article is null)
        {
            return result.Diagnostics;
        }

        var bound = Bind(source.Path, result.Article.FrontMatter, MissingKeyLocation(SourceDocument.Create(source.Path, source.Text)), schema);
        return result.Diagnostics
            .Where(d => d.Id != DiagnosticCatalog.UnknownFrontMatterKey.Id)
            .Concat(bound.Diagnostics)
            .OrderBy(d => d.Location.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Where a missing key is reported: the first line that is not blank, the front matter's opening <c>---</c> or the headline.</summary>
    public static SourceSpan MissingKeyLocation(SourceDocument document)
    {
        var text = document.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (!new TextLine(start, end).IsBlank(text))
            {
                return document.Span(start, end - start);
            }

            start = end + 1;
        }

        return document.Span(0, 0);
    }

    private static string ExpectedKeys(MetadataSchema schema) =>
        string.Join(", ", schema.Fields.Where(f => f.Kind != MetadataKind.Unsupported).Select(f => f.Key).Concat([FrontMatter.KnownKeyList]));

    private static object? Convert(ValueContext context, YamlNode node)
    {
        var field = context.Field;
        if (node is YamlScalar scalar && IsNull(scalar))
        {
            return field.IsNullable ? null : context.WrongType(node, "nothing");
        }

        if (field.IsList)
        {
            if (node is not YamlSequence sequence)
            {
                return context.WrongType(node, Written(node));
            }

            var items = new List<object?>(sequence.Items.Count);
            foreach (var item in sequence.Items)
            {
                items.Add(item is YamlScalar itemScalar && !IsNull(itemScalar) ? Scalar(context, itemScalar) : context.WrongType(item, Written(item)));
            }

            return items;
        }

        return node is YamlScalar value ? Scalar(context, value) : context.WrongType(node, Written(node));
    }

    private static object? Scalar(ValueContext context, YamlScalar scalar)
    {
        var text = scalar.Value.Trim();
        var plain = scalar.Style == YamlScalarStyle.Plain;
        switch (context.Field.Kind)
        {
            case MetadataKind.String:
                return scalar.Value;
            case MetadataKind.Bool:
                return plain && bool.TryParse(text, out var flag) ? flag : context.WrongType(scalar, Written(scalar));
            case MetadataKind.Int:
                return plain && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : context.WrongType(scalar, Written(scalar));
            case MetadataKind.Long:
                return plain && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var big) ? big : context.WrongType(scalar, Written(scalar));
            case MetadataKind.Double:
                return plain && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && !double.IsNaN(real) && !double.IsInfinity(real)
                    ? real
                    : context.WrongType(scalar, Written(scalar));
            case MetadataKind.Decimal:
                return plain && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var money) ? money : context.WrongType(scalar, Written(scalar));
            case MetadataKind.DateOnly:
                return CalendarDate.TryParseIso(text) is { } date ? date : context.Malformed(scalar);
            case MetadataKind.DateTimeOffset:
                return DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
                    ? moment
                    : context.Malformed(scalar);
            case MetadataKind.Uri:
                return Scheme.IsMatch(text) && Uri.TryCreate(text, UriKind.Absolute, out _) ? text : context.Malformed(scalar);
            default:
                var key = MetadataKeys.Normalize(text);
                var member = context.Field.EnumMembers.FirstOrDefault(m => string.Equals(MetadataKeys.Normalize(m), key, StringComparison.Ordinal));
                return member ?? context.NotAMember(scalar);
        }
    }

    // YAML's null: an empty plain value, ~ or null.
    private static bool IsNull(YamlScalar scalar) =>
        scalar.Style == YamlScalarStyle.Plain && scalar.Value.Trim() is "" or "~" or "null" or "Null" or "NULL";

    private static string Written(YamlNode node) =>
        node switch
        {
            YamlScalar scalar when IsNull(scalar) => "nothing",
            YamlScalar scalar => "'" + scalar.Value + "'",
            YamlSequence => "a list",
            _ => "a mapping",
        };

    /// <summary>The key being read, and where its problems go; each report returns null, the value left out.</summary>
    private sealed record ValueContext(string Path, MetadataField Field, string Key, List<ContentDiagnostic> Diagnostics)
    {
        public object? WrongType(YamlNode node, string written) =>
            Report(DiagnosticCatalog.WrongMetadataType.Create(Path, node.Span, Key, Field.Expected, written));

        public object? Malformed(YamlScalar scalar) =>
            Report(DiagnosticCatalog.MalformedMetadataValue.Create(Path, scalar.Span, scalar.Value, Key, MetadataKeys.Singular(Field.Kind)));

        public object? NotAMember(YamlScalar scalar) =>
            Report(DiagnosticCatalog.InvalidMetadataEnumMember.Create(
                Path, scalar.Span, scalar.Value, Key, Field.TypeName.Substring(Field.TypeName.LastIndexOf('.') + 1), string.Join(", ", Field.EnumMembers)));

        private object? Report(ContentDiagnostic diagnostic)
        {
            Diagnostics.Add(diagnostic);
            return null;
        }
    }
}

/// <summary>The values an article's front matter gives its schema, and the problems found.</summary>
/// <param name="Values">
/// One per key given a valid value, in schema order: <c>string</c>, <c>bool</c>, <c>int</c>, <c>long</c>,
/// <c>double</c>, <c>decimal</c>, <see cref="CalendarDate"/>, <see cref="DateTimeOffset"/>, the URL's text, the enum
/// member's name, or a list of those; null for an explicit null.
/// </param>
/// <param name="Diagnostics">The problems, in document order.</param>
public sealed record BoundMetadata(IReadOnlyList<BoundField> Values, IReadOnlyList<ContentDiagnostic> Diagnostics);

/// <summary>A field and its value (see <see cref="BoundMetadata.Values"/>).</summary>
public sealed record BoundField(MetadataField Field, object? Value);
