using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// Finds date expressions in the photo caption (paragraph -2) and the body paragraphs and resolves them to
/// calendar days, from the most to the least explicit:
/// <list type="number">
/// <item>day, month and year as written;</item>
/// <item>a weekday with a day and month: the year whose calendar fits, near the known publication date or else
/// near the other dates;</item>
/// <item>a day and month, or a holiday ("Thanksgiving Day"): against the known publication date and the sentence's
/// tense, or else in the year of the latest date found so far; a day of the month alone ("on the 14th") the same
/// way in the month before, of or after that date; the first day of a range ("between … and …") not after its last;</item>
/// <item>the reference date: the known publication date, or else the latest date resolved so far;</item>
/// <item>weekdays, "yesterday"/"today"/"tomorrow" and "three days ago" against the reference date (null without
/// one); "the day before …" one day before what follows it;</item>
/// <item>days told from the day before them ("that day", "the next morning", "two days later") and clock times
/// alone ("at midday") on the day of their sentence; dropped when there is none;</item>
/// <item>a month without a day: the one dated day of that month, if any (otherwise not a day, and dropped).</item>
/// </list>
/// "year-end" and "the end of the month" are the last day of the reference date's year or month (or the one
/// before in the past tense). Years on their own ("since 2013", "the 1987 treaty") and periods ("last week", "a
/// year ago", "later this year") are not days and are not reported.
/// </summary>
public static class DateExtractor
{
    private static readonly HashSet<string> RangeOpeners = new(System.StringComparer.OrdinalIgnoreCase) { "between", "from" };

    /// <summary>The dates of one article, resolved against <paramref name="knownReference"/> or an inferred one.</summary>
    public static DateResolution Extract(ArticleStructure structure, CalendarDate? knownReference)
    {
        var units = TextUnit.Of(structure);
        var expressions = DateExpressionFinder.Find(units);
        var values = new CalendarDate?[expressions.Count];
        var fullDates = ResolveFullDates(expressions, values);
        ResolveWeekdayDates(expressions, values, knownReference, fullDates, units);
        ResolveDayMonths(expressions, values, knownReference);
        OrderRanges(structure.Document.Text, expressions, values);
        var referenceDate = knownReference ?? ReferenceDateInference.Latest(values);
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i].Form is DateForm.Weekday or DateForm.DayOffset or DateForm.YearEnd or DateForm.MonthEnd || expressions[i] is { Form: DateForm.Span, FromPrevious: false })
            {
                values[i] = RelativeDateResolver.Resolve(expressions[i], referenceDate);
            }

            if (expressions[i].DaysAfter != 0)
            {
                values[i] = values[i]?.TryAddDays(expressions[i].DaysAfter);
            }
        }

        ResolveFromPrevious(expressions, values);
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i] is { Form: DateForm.Clock, Anchor: not 0 } clock)
            {
                values[i] = values[i + clock.Anchor];
            }
        }

        // Built at the first month, before any month has a value, from the days resolved above; the loop writes
        // only the months' own values, so the days it points to stay as they were.
        Dictionary<int, int>? byMonth = null;
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i].Form == DateForm.MonthOnly)
            {
                values[i] = MonthAnaphora.Resolve(expressions[i], referenceDate, byMonth ??= MonthAnaphora.ByMonth(values), values);
            }
        }

        return Build(expressions, values, referenceDate);
    }

    // An array, not a list: a list of a value type is code the JIT compiles for it alone in every fresh process.
    private static CalendarDate[] ResolveFullDates(List<DateExpression> expressions, CalendarDate?[] values)
    {
        var count = 0;
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i] is { Form: DateForm.Full, Year: { } year, Month: { } month, Day: { } day })
            {
                values[i] = new CalendarDate(year, month, day);
                count++;
            }
        }

        var fullDates = new CalendarDate[count];
        for (int i = 0, next = 0; next < count; i++)
        {
            if (values[i] is { } date)
            {
                fullDates[next++] = date;
            }
        }

        return fullDates;
    }

    // A weekday that fits no nearby year leaves the value empty here; the day-month pass then dates it by
    // context and the mismatch is reported as a conflict. Without a known reference the anchors are inferred from
    // the full dates and the units at the first such weekday.
    private static void ResolveWeekdayDates(
        List<DateExpression> expressions, CalendarDate?[] values, CalendarDate? knownReference, CalendarDate[] fullDates, IReadOnlyList<TextUnit> units)
    {
        CalendarDate[]? inferredAnchors = null;
        for (var i = 0; i < expressions.Count; i++)
        {
            if (expressions[i] is { Form: DateForm.DayMonth, Month: { } month, Day: { } day, Weekday: { } weekday } expression)
            {
                values[i] = knownReference is { } reference
                    ? WeekdayYearSelector.NearReference(month, day, weekday, reference, expression.Tense.Value)
                    : WeekdayYearSelector.NearAnchors(month, day, weekday, inferredAnchors ??= ReferenceDateInference.Anchors(fullDates, units));
            }
        }
    }

    private static void ResolveDayMonths(List<DateExpression> expressions, CalendarDate?[] values, CalendarDate? knownReference)
    {
        var context = knownReference is null ? ReferenceDateInference.Latest(values) : null;
        var contextYear = context?.Year;
        for (var i = 0; i < expressions.Count; i++)
        {
            if (values[i] is null && expressions[i] is { Form: DateForm.DayMonth, Month: { } month, Day: { } day } expression)
            {
                values[i] = knownReference is { } reference
                    ? DayMonthNear(reference, month, day, expression.Tense.Value)
                    : contextYear is { } year ? CalendarDate.TryCreate(year, month, day) : null;
            }
            else if (expressions[i] is { Form: DateForm.Holiday, Holiday: { } name } holiday)
            {
                values[i] = holiday.Year is { } stated ? Holidays.In(name, stated)
                    : knownReference is { } reference ? HolidayNear(reference, name, holiday.Tense.Value, holiday.Direction)
                    : contextYear is { } year ? Holidays.In(name, year) : null;
            }
            else if (expressions[i] is { Form: DateForm.DayOfMonth, Day: { } dayOfMonth } alone && (knownReference ?? context) is { } near)
            {
                values[i] = DayOfMonthNear(near, dayOfMonth, alone.Tense.Value);
            }
        }
    }

    // The year (or month) of each day is chosen in a method of its own: a lambda in the loop above would allocate
    // its captured variables at every expression, dated this way or not.
    private static CalendarDate? DayMonthNear(CalendarDate reference, int month, int day, Tense tense) =>
        PartialDateYear.Resolve(k => CalendarDate.TryCreate(reference.Year + k, month, day), reference, tense, Direction.None);

    private static CalendarDate? HolidayNear(CalendarDate reference, string name, Tense tense, Direction direction) =>
        PartialDateYear.Resolve(k => Holidays.In(name, reference.Year + k), reference, tense, direction);

    private static CalendarDate? DayOfMonthNear(CalendarDate near, int dayOfMonth, Tense tense) =>
        PartialDateYear.Resolve(k => InMonth(near, k, dayOfMonth), near, tense, Direction.None);

    // "between 1 January and 26 September": a range runs forward, so a first day without a year that was resolved
    // after the last one is the one a year earlier, whatever the tense made of it alone.
    private static void OrderRanges(string text, List<DateExpression> expressions, CalendarDate?[] values)
    {
        for (var i = 0; i + 1 < expressions.Count; i++)
        {
            if (expressions[i] is { Form: DateForm.DayMonth, Weekday: null, Month: { } month, Day: { } day } first
                && values[i] is { } from && values[i + 1] is { } to && from.CompareTo(to) > 0
                && PrecedingWord.Find(text, first.Start) is { } opener && RangeOpeners.Contains(opener.Text)
                && DatePatterns.RangeJoin.IsMatch(text.Substring(first.Start + first.Text.Length, System.Math.Max(0, expressions[i + 1].Start - first.Start - first.Text.Length))))
            {
                values[i] = CalendarDate.TryCreate(from.Year - 1, month, day);
            }
        }
    }

    // The day of the month that lies the given number of months from the reference date's; null where that month is too short.
    private static CalendarDate? InMonth(CalendarDate reference, int months, int day)
    {
        var index = (reference.Year * 12) + reference.Month - 1 + months;
        return CalendarDate.TryCreate(index / 12, (index % 12) + 1, day);
    }

    // "the next day", "two days later", "the previous Friday": counted from the day told last before them in reading
    // order; "… days later" only from a day of its own paragraph, since it is as often counted from an event.
    private static void ResolveFromPrevious(List<DateExpression> expressions, CalendarDate?[] values)
    {
        CalendarDate? previous = null;
        var previousParagraph = int.MinValue;
        for (var i = 0; i < expressions.Count; i++)
        {
            var expression = expressions[i];
            if (expression is { Form: DateForm.Weekday, FromPrevious: true } && previous is { } told)
            {
                // Without a day told before, "the previous Friday" stays the one before the reference date.
                values[i] = RelativeDateResolver.Resolve(expression, told);
            }
            else if (expression is { Form: DateForm.Span, FromPrevious: true })
            {
                values[i] = previous is { } day && (!expression.SameParagraph || previousParagraph == expression.Paragraph)
                    ? day.TryAddDays(expression.DayOffset + expression.DaysAfter)
                    : null;
            }

            if (values[i] is not null && expression.Form != DateForm.MonthOnly)
            {
                (previous, previousParagraph) = (values[i], expression.Paragraph);
            }
        }
    }

    private static DateResolution Build(List<DateExpression> expressions, CalendarDate?[] values, CalendarDate? referenceDate)
    {
        var mentions = new List<DateMention>(expressions.Count);
        var conflicts = new List<WeekdayConflict>();
        for (var i = 0; i < expressions.Count; i++)
        {
            var expression = expressions[i];
            if (expression.Form is DateForm.MonthOnly or DateForm.DayOfMonth or DateForm.Span or DateForm.Clock or DateForm.YearEnd or DateForm.MonthEnd && values[i] is null)
            {
                continue;
            }

            var mention = new DateMention(expression.Text, values[i], expression.Paragraph, expression.Start, expression.Text.Length);
            mentions.Add(mention);
            if (expression.Weekday is { } written && expression.Form is DateForm.Full or DateForm.DayMonth && expression.DaysAfter == 0
                && values[i] is { } value && value.DayOfWeek != written)
            {
                conflicts.Add(new WeekdayConflict(mention, written, value));
            }
        }

        return new DateResolution(mentions, referenceDate, conflicts);
    }
}
