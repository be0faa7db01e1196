using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG1102: a date expression left unresolved because the article has no reference date (no stated or inferable
/// publication date). Unresolved dates in an article that has one are not this problem.
/// </summary>
public static class UnresolvedRelativeDateCheck
{
    /// <summary>One diagnostic per unresolved date, on the expression.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        if (input.Dates.ReferenceDate is not null)
        {
            return found;
        }

        foreach (var date in input.Dates.Dates)
        {
            if (date.Value is null)
            {
                found.Add(DiagnosticCatalog.UnresolvedRelativeDate.Create(
                    input.Document.Path, input.Document.Span(date.Start, date.Length), date.Text));
            }
        }

        return found;
    }
}
