using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>NG3002: a <c>published:</c> front-matter value that is not a <c>YYYY-MM-DD</c> calendar date.</summary>
public static class FrontMatterDateCheck
{
    /// <summary>At most one diagnostic, on the value (or just after the colon when the value is empty).</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        if (input.FrontMatter["published"] is { } entry && CalendarDate.TryParseIso(entry.Value) is null)
        {
            found.Add(DiagnosticCatalog.InvalidFrontMatterDate.Create(
                input.Document.Path, entry.Span, entry.Value));
        }

        return found;
    }
}
