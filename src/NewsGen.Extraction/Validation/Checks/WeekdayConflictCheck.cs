using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>NG1101: a date written with a weekday it does not fall on.</summary>
public static class WeekdayConflictCheck
{
    /// <summary>One diagnostic per conflict, on the date as written.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        foreach (var conflict in input.Dates.WeekdayConflicts)
        {
            var mention = conflict.Mention;
            found.Add(DiagnosticCatalog.WeekdayContradictsDate.Create(
                input.Document.Path,
                input.Document.Span(mention.Start, mention.Length),
                mention.Text,
                conflict.Written,
                conflict.Date,
                conflict.Date.DayOfWeek));
        }

        return found;
    }
}
