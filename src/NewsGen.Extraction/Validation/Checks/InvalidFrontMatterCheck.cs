using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG3004: front matter that is not valid YAML (at the parser's position), or a list or mapping given for one of the
/// keys NewsGen reads, which each take one value (at the value).
/// </summary>
public static class InvalidFrontMatterCheck
{
    /// <summary>The YAML error, if any, and one diagnostic per known key that is not a scalar.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        if (input.FrontMatter.Error is { } error)
        {
            found.Add(DiagnosticCatalog.InvalidFrontMatter.Create(input.Document.Path, error.Span, error.Message));
        }

        foreach (var entry in input.FrontMatter.Entries)
        {
            if (entry.Value is not YamlScalar && FrontMatter.TakesOneValue(entry.Key))
            {
                found.Add(DiagnosticCatalog.InvalidFrontMatter.Create(
                    input.Document.Path, entry.Value.Span, $"'{entry.Key}' takes a single value, not a {(entry.Value is YamlSequence ? "list" : "mapping")}"));
            }
        }

        return found;
    }
}
