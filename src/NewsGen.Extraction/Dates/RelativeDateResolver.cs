using System;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// Weekdays and day offsets against the reference date. A bare weekday is the latest such day on or before the
/// reference date when its clause speaks of the past ("said on Thursday" in Thursday's paper is that day), the
/// first on or after it when the clause speaks of the future ("will meet on Thursday"), and otherwise the one
/// ahead only when it is much nearer ("talks resume Thursday" in Wednesday's paper is tomorrow, "Monday's
/// debate" in Friday's is four days back). "last" and "next" move strictly before or after
/// the reference date.
/// </summary>
internal static class RelativeDateResolver
{
    /// <summary>The day a weekday or day-offset expression names, or null without a reference date.</summary>
    public static CalendarDate? Resolve(DateExpression expression, CalendarDate? reference)
    {
        if (reference is not { } day)
        {
            return null;
        }

        return expression.Form switch
        {
            DateForm.DayOffset => day.TryAddDays(expression.DayOffset),
            DateForm.Span => day.TryAddDays(expression.DayOffset),
            DateForm.Weekday when expression.Weekday is { } weekday => Weekday(weekday, expression.Direction, expression.Tense, day),
            _ => null,
        };
    }

    private static CalendarDate? Weekday(DayOfWeek weekday, Direction direction, Tense tense, CalendarDate reference)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        return direction switch
        {
            Direction.Last => reference.TryAddDays(back == 0 ? -7 : -back),
            Direction.Next => reference.TryAddDays(forward == 0 ? 7 : forward),
            _ when tense == Tense.Future => reference.TryAddDays(forward),
            _ when tense is Tense.Past or Tense.Since || back == 0 || !PartialDateYear.AheadIsMuchNearer(back, forward) => reference.TryAddDays(-back),
            _ => reference.TryAddDays(forward),
        };
    }
}
