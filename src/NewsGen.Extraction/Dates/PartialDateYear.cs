using System;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The year of a day and month written without one, against a known publication date: the occurrence nearest to
/// that date, unless the sentence's tense rules it out. News reports the past and announces the future, so
/// "met on 14 September" in an article of 10 September is last year's 14 September, and "will meet on
/// 2 September" is next year's.
/// </summary>
internal static class PartialDateYear
{
    /// <summary>The day <paramref name="month"/>/<paramref name="day"/> in the year the reference date and tense call for.</summary>
    public static CalendarDate? Resolve(int month, int day, CalendarDate reference, Tense tense)
    {
        CalendarDate? nearest = null;
        CalendarDate? latestPast = null;
        CalendarDate? earliestFuture = null;
        for (var year = reference.Year - 1; year <= reference.Year + 1; year++)
        {
            if (CalendarDate.TryCreate(year, month, day) is not { } candidate)
            {
                continue;
            }

            if (nearest is not { } current || Distance(candidate, reference) < Distance(current, reference))
            {
                nearest = candidate;
            }

            if (candidate.CompareTo(reference) <= 0)
            {
                latestPast = candidate;
            }

            if (candidate.CompareTo(reference) >= 0)
            {
                earliestFuture ??= candidate;
            }
        }

        return tense switch
        {
            Tense.Past => latestPast ?? nearest,
            Tense.Future => earliestFuture ?? nearest,
            _ => nearest,
        };
    }

    private static int Distance(CalendarDate a, CalendarDate b) => Math.Abs((a.ToDateTime() - b.ToDateTime()).Days);
}
