using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// A month without a day ("last April", "in April 2018") is not a calendar day. It counts as a mention of a day
/// only when the article dates exactly one day in that month and year: then it refers back to that day
/// ("… 3 March 2021. … Last March the first hearing was held"). Otherwise it is dropped.
/// </summary>
internal static class MonthAnaphora
{
    /// <summary>
    /// The dated days by month, built once so each month expression is a single look-up: for each month the index
    /// in <paramref name="values"/> of the one day dated in it, or -1 for a month with more than one. Numbers, not
    /// (year, month) pairs and dates: a dictionary of ints is precompiled in the framework, one of value tuples and
    /// dates is compiled by the JIT in every fresh process.
    /// </summary>
    public static Dictionary<int, int> ByMonth(CalendarDate?[] values)
    {
        var byMonth = new Dictionary<int, int>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } day)
            {
                continue;
            }

            var key = Key(day.Year, day.Month);
            byMonth[key] = byMonth.TryGetValue(key, out var known) && (known < 0 || values[known] != day) ? -1 : i;
        }

        return byMonth;
    }

    /// <summary>The one dated day the month expression refers to, or null; <paramref name="values"/> as <see cref="ByMonth"/> read them.</summary>
    public static CalendarDate? Resolve(DateExpression expression, CalendarDate? reference, Dictionary<int, int> byMonth, CalendarDate?[] values) =>
        expression.Month is { } month && YearOf(expression, month, reference) is { } year && byMonth.TryGetValue(Key(year, month), out var index) && index >= 0
            ? values[index]
            : null;

    private static int Key(int year, int month) => (year * 12) + month - 1;

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
            Direction.None when expression.Tense.Value is Tense.Past or Tense.Since && month > day.Month => day.Year - 1,
            Direction.None when expression.Tense.Value == Tense.Future && month < day.Month => day.Year + 1,
            _ => day.Year,
        };
    }
}
