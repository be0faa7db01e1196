using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// What stands in for the publication date when the file does not state one. The article's fully dated
/// mentions bound it from below, so the latest of them is taken as the reference date, and its year is the
/// context year of day-month dates written without one.
/// </summary>
internal static class ReferenceDateInference
{
    /// <summary>
    /// The dates a weekday-with-date expression is placed near when no publication date is known: the fully dated
    /// mentions, else the middle of the latest year written on its own (a news story is told after the years it
    /// recounts; a weak hint, but a weekday with a day and month leaves few years to choose from).
    /// </summary>
    public static CalendarDate[] Anchors(CalendarDate[] fullDates, IReadOnlyList<TextUnit> units)
    {
        if (fullDates.Length > 0)
        {
            return fullDates;
        }

        var latest = 0;
        foreach (var unit in units)
        {
            foreach (Match match in DatePatterns.BareYear.Matches(unit.Text))
            {
                latest = System.Math.Max(latest, int.Parse(match.Value, CultureInfo.InvariantCulture));
            }
        }

        return latest > 0 ? [new CalendarDate(latest, 7, 1)] : fullDates;
    }

    /// <summary>The latest of the resolved dates, or null when none is resolved.</summary>
    public static CalendarDate? Latest(CalendarDate?[] values)
    {
        CalendarDate? latest = null;
        foreach (var value in values)
        {
            if (value is { } day && (latest is not { } current || day.CompareTo(current) > 0))
            {
                latest = day;
            }
        }

        return latest;
    }
}
