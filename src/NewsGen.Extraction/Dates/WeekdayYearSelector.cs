using System;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// A weekday written with a day and month ("Wednesday (28 November)") fixes the year: the same day and month
/// fall on the same weekday only every 5, 6 or 11 years, so among the years next to the article's dates at most
/// one or two fit, and the one nearest to those dates is taken. No fit means the weekday contradicts the date.
/// </summary>
internal static class WeekdayYearSelector
{
    /// <summary>
    /// Against a known publication date: the fitting date within a year of it, on the side the sentence's tense
    /// allows (a past-tense "Thursday (28 November)" in a December article is not next year's). A fitting date
    /// within a week on the other side outweighs the tense, since a story is often dated a day or two from what it
    /// tells: "said in an editorial on Monday, 3 May" is that Monday even a day after the reference.
    /// </summary>
    public static CalendarDate? NearReference(int month, int day, DayOfWeek weekday, CalendarDate reference, Tense tense)
    {
        CalendarDate? best = null;
        CalendarDate? nearest = null;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (Fitting(year, month, day, weekday) is not { } candidate)
            {
                continue;
            }

            if (nearest is not { } near || Distance(candidate, reference) < Distance(near, reference))
            {
                nearest = candidate;
            }

            var side = candidate.CompareTo(reference);
            if ((tense is Tense.Past or Tense.Since && side > 0) || (tense == Tense.Future && side < 0))
            {
                continue;
            }

            if (best is not { } current || Distance(candidate, reference) < Distance(current, reference))
            {
                best = candidate;
            }
        }

        return best ?? (nearest is { } close && Distance(close, reference) <= 7 ? close : null);
    }

    /// <summary>
    /// Without a publication date: the fitting date nearest to one of <paramref name="anchors"/>, in an anchor's
    /// year or the one before or after; the later one on a tie.
    /// </summary>
    public static CalendarDate? NearAnchors(int month, int day, DayOfWeek weekday, CalendarDate[] anchors)
    {
        CalendarDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var anchor in anchors)
        {
            for (var year = anchor.Year - 1; year <= anchor.Year + 1; year++)
            {
                if (Fitting(year, month, day, weekday) is not { } candidate)
                {
                    continue;
                }

                var distance = Distance(candidate, anchor);
                if (distance < bestDistance || (distance == bestDistance && best is { } current && candidate.CompareTo(current) > 0))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        return best;
    }

    // The day and month in the year, if it falls on the weekday; a loop over the years around, not an iterator,
    // whose enumerator of a value type is code compiled for it alone in every fresh process.
    private static CalendarDate? Fitting(int year, int month, int day, DayOfWeek weekday) =>
        CalendarDate.TryCreate(year, month, day) is { } candidate && candidate.DayOfWeek == weekday ? candidate : null;

    private static int Distance(CalendarDate a, CalendarDate b) => Math.Abs((a.ToDateTime() - b.ToDateTime()).Days);
}
