using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;
using NewsGen.Extraction.Validation;
using NewsGen.Extraction.Yaml;

namespace NewsGen.Extraction.Corrections;

/// <summary>
/// Reads corrections from the <c>corrections:</c> mapping of a corpus file (<c>newsgen.yml</c>) or of an article's
/// front matter. Mistakes are located diagnostics, never exceptions: NG3005 for YAML that cannot be read or a
/// correction of the wrong shape, NG3007 for a correction that contradicts an earlier one in the same place (the
/// later one is ignored).
/// </summary>
public static class CorrectionsReader
{
    /// <summary>The key that holds corrections, in front matter and in the corpus file.</summary>
    public const string Key = "corrections";

    /// <summary>The corpus-wide corrections file, found beside the articles.</summary>
    public const string FileName = "newsgen.yml";

    private static readonly Dictionary<string, CorrectionKind> Sections = new(StringComparer.OrdinalIgnoreCase)
    {
        ["suppress"] = CorrectionKind.Suppress,
        ["merge"] = CorrectionKind.Merge,
        ["names"] = CorrectionKind.Name,
        ["ids"] = CorrectionKind.Id,
        ["roles"] = CorrectionKind.Role,
        ["speakers"] = CorrectionKind.Speaker,
        ["boilerplate"] = CorrectionKind.Boilerplate,
    };

    private static readonly string SectionList = string.Join(", ", Sections.Keys);

    /// <summary>The corrections of a corpus file: its top-level <c>corrections:</c> mapping.</summary>
    public static CorrectionSet ReadFile(string path, string text)
    {
        var document = SourceDocument.Create(path, text);
        var yaml = YamlReader.Read(document, 0, document.Text.Length);
        var diagnostics = new List<ContentDiagnostic>();
        if (yaml.Error is { } error)
        {
            diagnostics.Add(DiagnosticCatalog.InvalidCorrections.Create(path, error.Span, error.Message));
        }

        var corrections = new List<Correction>();
        foreach (var entry in yaml.Entries)
        {
            if (string.Equals(entry.Key, Key, StringComparison.OrdinalIgnoreCase))
            {
                Read(path, entry.Value, corrections, diagnostics);
            }
            else
            {
                diagnostics.Add(DiagnosticCatalog.InvalidCorrections.Create(path, entry.KeySpan, $"unknown key '{entry.Key}'; expected '{Key}'"));
            }
        }

        return new CorrectionSet(corrections.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>The corrections in <paramref name="node"/>, the value of a <c>corrections:</c> key.</summary>
    public static CorrectionSet Read(string path, YamlNode node)
    {
        var corrections = new List<Correction>();
        var diagnostics = new List<ContentDiagnostic>();
        Read(path, node, corrections, diagnostics);
        return new CorrectionSet(corrections.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static void Read(string path, YamlNode node, List<Correction> corrections, List<ContentDiagnostic> diagnostics)
    {
        void Invalid(SourceSpan at, string reason) => diagnostics.Add(DiagnosticCatalog.InvalidCorrections.Create(path, at, reason));

        if (node is not YamlMapping mapping)
        {
            Invalid(node.Span, $"'{Key}' must be a mapping of {SectionList}");
            return;
        }

        foreach (var section in mapping.Entries)
        {
            if (!Sections.TryGetValue(section.Key, out var kind))
            {
                Invalid(section.KeySpan, $"unknown kind of correction '{section.Key}'; expected one of {SectionList}");
                continue;
            }

            foreach (var (target, value) in Pairs(kind, section, Invalid))
            {
                if (Check(kind, value, Invalid) is { } checkedValue)
                {
                    Add(new Correction(kind, target.Value.Trim(), checkedValue.Value, new FileSpan(path, target.Span)), corrections, diagnostics);
                }
            }
        }
    }

    // The (target, value) pairs of one section: a list of targets for suppress and boilerplate, a mapping otherwise.
    private static IEnumerable<(YamlScalar Target, YamlScalar? Value)> Pairs(CorrectionKind kind, YamlEntry section, Action<SourceSpan, string> invalid)
    {
        if (kind is CorrectionKind.Suppress or CorrectionKind.Boilerplate)
        {
            var items = section.Value switch
            {
                YamlSequence sequence => sequence.Items,
                YamlScalar { Value.Length: > 0 } scalar => new EquatableArray<YamlNode>([scalar]),
                _ => EquatableArray<YamlNode>.Empty,
            };
            if (items.Count == 0)
            {
                invalid(section.Value.Span, $"'{section.Key}' takes a list of texts");
            }

            foreach (var item in items)
            {
                if (item is YamlScalar { Value.Length: > 0 } scalar)
                {
                    yield return (scalar, null);
                }
                else
                {
                    invalid(item.Span, $"each '{section.Key}' entry must be a non-empty text");
                }
            }

            yield break;
        }

        if (section.Value is not YamlMapping pairs)
        {
            invalid(section.Value.Span, $"'{section.Key}' takes 'text: value' lines");
            yield break;
        }

        foreach (var pair in pairs.Entries)
        {
            var target = new YamlScalar(pair.Key, YamlScalarStyle.Plain, pair.KeySpan);
            if (pair.Value is YamlSequence { } list && kind == CorrectionKind.Role)
            {
                foreach (var role in list.Items)
                {
                    if (role is YamlScalar text)
                    {
                        yield return (target, text);
                    }
                    else
                    {
                        invalid(role.Span, "each role must be a single text");
                    }
                }
            }
            else if (pair.Value is YamlScalar scalar)
            {
                yield return (target, scalar);
            }
            else
            {
                invalid(pair.Value.Span, $"the value for '{pair.Key}' must be a single text");
            }
        }
    }

    // The value to store, or null (after a diagnostic) when it does not fit the kind. A speaker may be cleared with
    // an empty value, ~ or null; every other kind needs a value.
    private static Checked? Check(CorrectionKind kind, YamlScalar? value, Action<SourceSpan, string> invalid)
    {
        if (value is null)
        {
            return new Checked(null);
        }

        var text = value.Value.Trim();
        var isNull = value.Style == YamlScalarStyle.Plain && text is "" or "~" or "null" or "Null" or "NULL";
        if (kind == CorrectionKind.Speaker && isNull)
        {
            return new Checked(null);
        }

        if (text.Length == 0)
        {
            invalid(value.Span, "the correction needs a value");
            return null;
        }

        if (kind == CorrectionKind.Id && !CSharpIdentifier.IsValid(text))
        {
            invalid(value.Span, $"'{text}' is not a valid C# identifier");
            return null;
        }

        return new Checked(text);
    }

    // A correction that contradicts one read before it in the same place is reported and left out; an exact repeat
    // is harmless and dropped silently. Several roles for one person are not a contradiction.
    private static void Add(Correction correction, List<Correction> corrections, List<ContentDiagnostic> diagnostics)
    {
        var earlier = corrections.FirstOrDefault(c => Contradicts(c, correction));
        if (earlier is not null)
        {
            diagnostics.Add(DiagnosticCatalog.ConflictingCorrections.Create(
                correction.Location.Path,
                correction.Location.Span,
                new EquatableArray<FileSpan>([earlier.Location]),
                Describe(correction),
                Describe(earlier)));
            return;
        }

        if (!corrections.Any(c => c.Kind == correction.Kind && SameText(c.Target, correction.Target) && c.Value == correction.Value))
        {
            corrections.Add(correction);
        }
    }

    private static bool Contradicts(Correction earlier, Correction later)
    {
        // Boilerplate never contradicts anything, and a speaker's target is a quote, not an entity.
        if (!SameText(earlier.Target, later.Target) || earlier.Kind == CorrectionKind.Boilerplate || later.Kind == CorrectionKind.Boilerplate
            || (earlier.Kind == CorrectionKind.Speaker) != (later.Kind == CorrectionKind.Speaker))
        {
            return false;
        }

        if (earlier.Kind != later.Kind)
        {
            // Suppressing an entity contradicts every other correction of it.
            return earlier.Kind == CorrectionKind.Suppress || later.Kind == CorrectionKind.Suppress;
        }

        return later.Kind is not (CorrectionKind.Role or CorrectionKind.Suppress) && later.Value != earlier.Value;
    }

    /// <summary>How a correction is named in messages: its kind, target and value.</summary>
    public static string Describe(Correction correction) =>
        $"{correction.Kind.ToString().ToLowerInvariant()} '{correction.Target}'{(correction.Value is null ? string.Empty : $" = '{correction.Value}'")}";

    private static bool SameText(string left, string right) => string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private sealed record Checked(string? Value);
}

/// <summary>Corrections read from one place, with the problems found reading them.</summary>
public sealed record CorrectionSet(EquatableArray<Correction> Corrections, EquatableArray<ContentDiagnostic> Diagnostics)
{
    /// <summary>No corrections.</summary>
    public static CorrectionSet Empty { get; } = new(EquatableArray<Correction>.Empty, EquatableArray<ContentDiagnostic>.Empty);
}
