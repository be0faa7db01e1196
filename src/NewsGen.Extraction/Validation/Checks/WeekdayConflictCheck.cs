using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>NG1101: a date written with a weekday it does not fall on.</summary>
public static class WeekdayConflictCheck
{
    /// <summary>One diagnostic per conflict, on the date as written.</summary>
    public static IEnumerable<ContentDiagnostic> Run(ValidationInput input)
    {
        foreach (var conflict in input.Dates.WeekdayConflicts)
        {
            var mention = conflict.Mention;
            yield return DiagnosticCatalog.WeekdayContradictsDate.Create(
                input.Document.Path,
                input.Document.Span(mention.Start, mention.Length),
                mention.Text,
                conflict.Written,
                conflict.Date,
                conflict.Date.DayOfWeek);
        }
    }
}
