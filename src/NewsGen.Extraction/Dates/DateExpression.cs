using System;

namespace NewsGen.Extraction.Dates;

/// <summary>How much of a day an expression states.</summary>
internal enum DateForm
{
    /// <summary>Day, month and year ("19 April 2018", "2018-04-19"), perhaps with a weekday.</summary>
    Full,

    /// <summary>Day and month ("12 December", "Wednesday (28 November)"): the year comes from context.</summary>
    DayMonth,

    /// <summary>A month without a day ("last April", "in April 2018"): a day only by anaphora.</summary>
    MonthOnly,

    /// <summary>A day of the month alone ("on the 14th"): the month comes from the reference date and the tense.</summary>
    DayOfMonth,

    /// <summary>A weekday alone ("on Thursday", "next Monday"): relative to the reference date.</summary>
    Weekday,

    /// <summary>A day counted from the reference date ("yesterday", "today", "tomorrow").</summary>
    DayOffset,

    /// <summary>A named day ("Thanksgiving Day"): the year comes from context, as for a day and month.</summary>
    Holiday,

    /// <summary>
    /// Days counted from a day ("three days ago", "two days later", "the next morning"): from the reference date,
    /// or with <see cref="DateExpression.FromPrevious"/> from the day told before.
    /// </summary>
    Span,

    /// <summary>A clock time alone ("at midday"): the day of the date <see cref="DateExpression.Anchor"/> points to.</summary>
    Clock,

    /// <summary>The last day of a year ("year-end", "the end of last year"): relative to the reference date.</summary>
    YearEnd,

    /// <summary>The last day of a month ("the end of the month"): relative to the reference date.</summary>
    MonthEnd,
}

/// <summary>The word before a month or weekday that says which occurrence is meant.</summary>
internal enum Direction
{
    /// <summary>No such word: the nearest occurrence the sentence's tense allows.</summary>
    None,

    /// <summary>"last": the occurrence before the reference date.</summary>
    Last,

    /// <summary>"next": the occurrence after the reference date.</summary>
    Next,

    /// <summary>"this": the occurrence in the reference date's week or year.</summary>
    This,
}

/// <summary>
/// A date expression found in the text, before resolution. <see cref="Start"/> is the offset in the normalized
/// text; parts the text does not state are null.
/// </summary>
internal sealed record DateExpression(string Text, int Paragraph, int Start, DateForm Form, ClauseTense Tense)
{
    /// <summary>The stated year.</summary>
    public int? Year { get; init; }

    /// <summary>The stated month (1–12).</summary>
    public int? Month { get; init; }

    /// <summary>The stated day of the month.</summary>
    public int? Day { get; init; }

    /// <summary>The stated weekday.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>"last", "next" or "this" before the month or weekday.</summary>
    public Direction Direction { get; init; }

    /// <summary>For <see cref="DateForm.DayOffset"/> and <see cref="DateForm.Span"/>: days after the reference date or the day told before (-1 for "yesterday").</summary>
    public int DayOffset { get; init; }

    /// <summary>For <see cref="DateForm.Holiday"/>: the holiday's name as listed.</summary>
    public string? Holiday { get; init; }

    /// <summary>
    /// For <see cref="DateForm.Span"/> and <see cref="DateForm.Weekday"/> ("the previous Friday"): counted from the day
    /// told before rather than from the reference date.
    /// </summary>
    public bool FromPrevious { get; init; }

    /// <summary>For <see cref="DateForm.Span"/>: only when the day told before is in the same paragraph ("two days later").</summary>
    public bool SameParagraph { get; init; }

    /// <summary>For <see cref="DateForm.Clock"/>: where the date of its sentence is, counted in expressions from this one (0: none).</summary>
    public int Anchor { get; init; }

    /// <summary>For "the day before …" and "the day after …": days added to the day the rest of the expression names.</summary>
    public int DaysAfter { get; init; }
}
