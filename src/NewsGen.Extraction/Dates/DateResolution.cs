using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The dates of an article and the reference date relative expressions were resolved against
/// (null when none could be found; then relative dates stay unresolved, with a null value).
/// </summary>
public sealed record DateResolution(
    IReadOnlyList<DateMention> Dates,
    CalendarDate? ReferenceDate,
    IReadOnlyList<WeekdayConflict> WeekdayConflicts);

/// <summary>A date written with a weekday that does not match it, e.g. "Thursday (28 November 2018)".</summary>
public sealed record WeekdayConflict(DateMention Mention, System.DayOfWeek Written, CalendarDate Date);
