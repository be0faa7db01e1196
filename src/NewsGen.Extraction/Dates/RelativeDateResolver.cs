using System;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// Weekdays and day offsets against the reference date. A bare weekday is the latest such day on or before the
/// reference date when its clause speaks of the past ("said on Thursday" in Thursday's paper is that day), the
/// first on or after it when the clause speaks of the future ("will meet on Thursday"), and otherwise the one
/// ahead only when it is much nearer ("talks resume Thursday" in Wednesday's paper is tomorrow, "Monday's
/// debate" in Friday's is four days back). "last" and "next" move strictly before or after
/// the reference date. The end of a year or month is the reference date's, or the one before or after that
/// "last", "next" or a past tense names.
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
            DateForm.YearEnd => PeriodEnd(expression, day, day.Year * 12, 12),
            DateForm.MonthEnd => PeriodEnd(expression, day, (day.Year * 12) + day.Month - 1, 1),
            _ => null,
        };
    }

    // The last day of the period (a year or a month, counted in months from year 0) that the direction names: "the
    // end of the year" is the reference date's year, or the one before in a clause that speaks of the past ("debt
    // at the end of the year was lower" in January's report is the year just ended).
    private static CalendarDate? PeriodEnd(DateExpression expression, CalendarDate reference, int firstMonth, int months)
    {
        CalendarDate? End(int period)
        {
            var last = firstMonth + ((period + 1) * months) - 1;
            var (year, month) = (last / 12, (last % 12) + 1);
            return year is < 1 or > 9999 ? null : CalendarDate.TryCreate(year, month, DateTime.DaysInMonth(year, month));
        }

        return expression.Direction switch
        {
            Direction.Last => End(-1),
            Direction.Next => End(1),
            Direction.None when expression.Tense.Value is Tense.Past or Tense.Since && End(0) is { } end && end.CompareTo(reference) > 0 => End(-1),
            _ => End(0),
        };
    }

    // The tense is read only for a weekday without "last" or "next".
    private static CalendarDate? Weekday(DayOfWeek weekday, Direction direction, ClauseTense tense, CalendarDate reference)
    {
        var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;
        var forward = ((int)weekday - (int)reference.DayOfWeek + 7) % 7;
        return direction switch
        {
            Direction.Last => reference.TryAddDays(back == 0 ? -7 : -back),
            Direction.Next => reference.TryAddDays(forward == 0 ? 7 : forward),
            _ when tense.Value == Tense.Future => reference.TryAddDays(forward),
            _ when tense.Value is Tense.Past or Tense.Since || back == 0 || !PartialDateYear.AheadIsMuchNearer(back, forward) => reference.TryAddDays(-back),
            _ => reference.TryAddDays(forward),
        };
    }
}
