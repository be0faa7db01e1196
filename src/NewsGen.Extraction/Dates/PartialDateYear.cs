using System;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The year of a day and month (or a named day) written without one, or the month of a day of the month written
/// alone, against a known publication date: the occurrence nearest to that date (leaning to the past,
/// <see cref="AheadIsMuchNearer"/>), unless the sentence's tense or a "last" or "next" rules it out. News reports
/// the past and announces the future, so "met on 14 September" in an article of 10 September is last year's
/// 14 September, and "will meet on 2 September" is next year's.
/// </summary>
internal static class PartialDateYear
{
    /// <summary>
    /// The day <paramref name="around"/> gives for the period (year or month) the reference date, tense and direction
    /// call for; <paramref name="around"/> takes -1, 0 or 1 for the period before the reference date's, its own and
    /// the one after.
    /// </summary>
    public static CalendarDate? Resolve(System.Func<int, CalendarDate?> around, CalendarDate reference, Tense tense, Direction direction)
    {
        CalendarDate? nearest = null;
        CalendarDate? latestPast = null;
        CalendarDate? earliestFuture = null;
        for (var period = -1; period <= 1; period++)
        {
            if (around(period) is not { } candidate)
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

        return direction switch
        {
            Direction.Last => latestPast == reference ? around(-1) : latestPast,
            Direction.Next => earliestFuture == reference ? around(1) : earliestFuture,
            _ => Nearest(reference, tense, nearest, latestPast, earliestFuture),
        };
    }

    private static CalendarDate? Nearest(CalendarDate reference, Tense tense, CalendarDate? nearest, CalendarDate? latestPast, CalendarDate? earliestFuture) =>
        tense switch
        {
            Tense.Past => latestPast ?? nearest,
            Tense.Future => earliestFuture ?? nearest,
            _ when latestPast is { } past && earliestFuture is { } future && past != future =>
                AheadIsMuchNearer(Distance(past, reference), Distance(future, reference)) ? future : past,
            _ => nearest,
        };

    /// <summary>
    /// Without a tense, whether the occurrence <paramref name="ahead"/> days after the reference wins over the one
    /// <paramref name="back"/> days before: news mostly reports what happened, so the next one must be less than
    /// half as far ("Monday's debate" in Friday's paper is the one four days back, "resume Thursday" in
    /// Wednesday's is tomorrow).
    /// </summary>
    public static bool AheadIsMuchNearer(int back, int ahead) => 2 * ahead < back;

    private static int Distance(CalendarDate a, CalendarDate b) => Math.Abs((a.ToDateTime() - b.ToDateTime()).Days);
}
