using System;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The year of a day and month (or a named day) written without one, or the month of a day of the month written
/// alone, against a known publication date: the occurrence nearest to that date (leaning to the past,
/// <see cref="AheadIsMuchNearer"/>), unless a "last" or "next" rules it out, "since" puts it back, or the sentence's
/// tense points to an occurrence within about seven months. News reports the past and announces the future, so
/// "met on 14 September" in an article of 10 December is this year's 14 September and "will meet on 2 February"
/// next year's; but a cue does not reach most of a year past a much nearer occurrence.
/// </summary>
internal static class PartialDateYear
{
    private const int CueReachDays = 214;

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

    // A tense cue is weak against a much nearer occurrence: "reported a loss on 14 December" in late October is the
    // coming one, since a day of the current year is written without its year and one ten months back with it;
    // beyond its reach a cue counts for nothing and the occurrence is chosen as without one.
    private static CalendarDate? Nearest(CalendarDate reference, Tense tense, CalendarDate? nearest, CalendarDate? latestPast, CalendarDate? earliestFuture) =>
        tense switch
        {
            Tense.Since => latestPast ?? nearest,
            Tense.Past when latestPast is { } past && WithinCueReach(past, reference) => past,
            Tense.Future when earliestFuture is { } future && WithinCueReach(future, reference) => future,
            _ when latestPast is { } past && earliestFuture is { } future && past != future =>
                AheadIsMuchNearer(Distance(past, reference), Distance(future, reference)) ? future : past,
            _ => nearest,
        };

    // How far a tense cue reaches: about seven months either side of the reference date, so a cue decides between
    // occurrences at about the same distance and gives way to one much nearer.
    private static bool WithinCueReach(CalendarDate candidate, CalendarDate reference) => Distance(candidate, reference) <= CueReachDays;

    /// <summary>
    /// Without a tense, whether the occurrence <paramref name="ahead"/> days after the reference wins over the one
    /// <paramref name="back"/> days before: news mostly reports what happened, so the next one must be less than
    /// half as far ("Monday's debate" in Friday's paper is the one four days back, "resume Thursday" in
    /// Wednesday's is tomorrow).
    /// </summary>
    public static bool AheadIsMuchNearer(int back, int ahead) => 2 * ahead < back;

    private static int Distance(CalendarDate a, CalendarDate b) => Math.Abs((a.ToDateTime() - b.ToDateTime()).Days);
}
