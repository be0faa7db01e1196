using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// A month without a day ("last April", "in April 2018") is not a calendar day. It counts as a mention of a day
/// only when the article dates exactly one day in that month and year: then it refers back to that day
/// ("… 19 April 2018. … Last April a first meeting took place"). Otherwise it is dropped.
/// </summary>
internal static class MonthAnaphora
{
    /// <summary>
    /// The dated days by month: the one day dated in each month, or null for a month with more than one,
    /// built once so each month expression is a single look-up.
    /// </summary>
    public static Dictionary<(int Year, int Month), CalendarDate?> ByMonth(CalendarDate?[] values)
    {
        var byMonth = new Dictionary<(int Year, int Month), CalendarDate?>();
        foreach (var value in values)
        {
            if (value is not { } day)
            {
                continue;
            }

            var key = (day.Year, day.Month);
            byMonth[key] = byMonth.TryGetValue(key, out var known) && known != day ? null : day;
        }

        return byMonth;
    }

    /// <summary>The one dated day the month expression refers to, or null.</summary>
    public static CalendarDate? Resolve(DateExpression expression, CalendarDate? reference, Dictionary<(int Year, int Month), CalendarDate?> byMonth) =>
        expression.Month is { } month && YearOf(expression, month, reference) is { } year && byMonth.TryGetValue((year, month), out var day)
            ? day
            : null;

    // "last April" is the latest April before the reference month, "next April" the first after it; a bare
    // month is in the reference year unless the tense puts it in the year before or after.
    private static int? YearOf(DateExpression expression, int month, CalendarDate? reference)
    {
        if (expression.Year is { } stated)
        {
            return stated;
        }

        if (reference is not { } day)
        {
            return null;
        }

        return expression.Direction switch
        {
            Direction.Last => month < day.Month ? day.Year : day.Year - 1,
            Direction.Next => month > day.Month ? day.Year : day.Year + 1,
            Direction.None when expression.Tense is Tense.Past or Tense.Since && month > day.Month => day.Year - 1,
            Direction.None when expression.Tense == Tense.Future && month < day.Month => day.Year + 1,
            _ => day.Year,
        };
    }
}
