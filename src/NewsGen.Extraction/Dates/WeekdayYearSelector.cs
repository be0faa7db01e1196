using System;
using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// A weekday written with a day and month ("Wednesday (28 November)") fixes the year: the same day and month
/// fall on the same weekday only every 5, 6 or 11 years, so within a year of the article's other dates at most
/// one or two years fit, and the one nearest to those dates is taken.
/// </summary>
internal static class WeekdayYearSelector
{
    /// <summary>The date nearest to an anchor, in an anchor's year or the one before or after, that falls on <paramref name="weekday"/>; null when none does.</summary>
    public static CalendarDate? Select(int month, int day, DayOfWeek weekday, IReadOnlyList<CalendarDate> anchors)
    {
        CalendarDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var anchor in anchors)
        {
            for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
            {
                if (CalendarDate.TryCreate(year, month, day) is not { } candidate || candidate.DayOfWeek != weekday)
                {
                    continue;
                }

                var distance = Math.Abs((candidate.ToDateTime() - anchor.ToDateTime()).Days);
                if (distance < bestDistance || (distance == bestDistance && best is { } current && candidate.CompareTo(current) > 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }
}
