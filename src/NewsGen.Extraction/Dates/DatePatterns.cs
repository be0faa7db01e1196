using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The regular expressions that find date expressions. Each one starts with a digit or with one kind of literal
/// word (weekdays, months, "yesterday" …) so the engine can jump between candidates instead of trying every
/// word of the text; the words before a month or weekday ("last", "in") are read by
/// <see cref="DateExpressionFinder"/>, which also settles overlaps. Within one pattern the longer forms are
/// tried first (a weekday with its date before the weekday alone).
/// </summary>
internal static class DatePatterns
{
    // These patterns run over most of the text (a sixth of extraction time), so they are compiled once they have read
    // enough of it (AdaptiveRegex); the few that read a handful of characters next to a match stay interpreted.
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
    private const string PartOfDay = "(?:morning|afternoon|evening|night)";
    private static readonly string Weekday = "(?<wd>" + string.Join("|", Lexicon.WeekdayNames) + ")";
    private static readonly string MonthNames = string.Join("|", Lexicon.MonthNames);
    private static readonly string Month = "(?<mon>(?:" + MonthNames + ")(?![A-Za-z])|(?:" + string.Join("|", Lexicon.MonthAbbreviations) + ")(?![A-Za-z])\\.?)";
    private static readonly string MonthSpelledOut = "(?<mon>(?:" + MonthNames + ")(?![A-Za-z]))";
    private const string Day = "(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])";
    private const string Year = "(?<year>(?:1[6-9]|20)[0-9]{2})(?![0-9A-Za-z])";
    private const string OptionalYear = "(?:,?\\s+" + Year + ")?";
    private const string AfterWeekday = "(?:\\s*(?<open>\\()\\s*|,?\\s+)";
    private const string CloseIfOpened = "(?(open)\\s*\\))";
    private static readonly string DayMonth = Day + "(?:\\s+of)?\\s+" + Month;
    private static readonly string MonthDay = Month + "\\s+" + Day;
    private const string Iso = "(?<isoYear>(?:1[6-9]|20)[0-9]{2})-(?<isoMonth>0[1-9]|1[0-2])-(?<isoDay>0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z])";
    private const string Numeric = "(?<first>[0-9]{1,2})(?<sep>[/.])(?<second>[0-9]{1,2})\\k<sep>" + Year;
    private const string Offset =
        "(?<offset>(?:yesterday|Yesterday|tomorrow|Tomorrow)(?:\\s+" + PartOfDay + ")?|today|Today|tonight|Tonight|last\\s+(?:night|evening)|Last\\s+(?:night|evening)|this\\s+(?:morning|afternoon|evening)|This\\s+(?:morning|afternoon|evening))(?![A-Za-z])";

    /// <summary>Dates that start with a number: ISO, numeric with a four-digit year, day-month with an optional year.</summary>
    public static readonly AdaptiveRegex NumberLed = new(
        "\\b(?:" + Iso + "|" + Numeric + "|" + DayMonth + OptionalYear + ")",
        Options);

    /// <summary>
    /// A weekday, with its date when one follows ("Wednesday (28 November)", "Friday, March 4, 2005"), or with the
    /// part of the day ("Thursday morning").
    /// </summary>
    public static readonly AdaptiveRegex WeekdayLed = new(
        "\\b" + Weekday + "(?:" + AfterWeekday + "(?:" + DayMonth + "|" + MonthDay + ")" + OptionalYear + CloseIfOpened + "|(?:\\s+" + PartOfDay + ")?(?![A-Za-z]))",
        Options);

    /// <summary>
    /// A day of the month alone after a preposition of time ("on the 14th", "by the 3rd,"), at the end of its
    /// phrase: "the 14th century" or "the 3rd floor" is not a day.
    /// </summary>
    public static readonly AdaptiveRegex DayOfMonth = new(
        "(?<=\\b(?:on|by|until|till|since|from|before|after|through)\\s+)the\\s+(?<ordinal>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)(?![0-9A-Za-z-])"
        + "(?=\\s*(?:[.,;:)]|$)|\\s+(?:and|or|at|to|through|until|when)\\b)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>A month: month-day with an optional year, a month with a year, or a month alone.</summary>
    public static readonly AdaptiveRegex MonthLed = new(
        "\\b(?:" + MonthDay + OptionalYear + "|" + MonthSpelledOut + "(?:\\s+" + Year + ")?)",
        Options);

    /// <summary>"one" to "twenty", in counting order: a word's value is its index plus one.</summary>
    public static readonly IReadOnlyList<string> NumberWords = EmbeddedData.Lines("number-words.txt");

    /// <summary>A second day after a month-day ("May 4 and 5", "May 4-5"), at the end of a phrase.</summary>
    public static readonly AdaptiveRegex SecondDay = new(
        "\\G\\s*(?:and|or|to|through|-|–)\\s*(?<day>3[01]|[12][0-9]|0?[1-9])(?![0-9A-Za-z])(?=\\s*(?:[.,;:)]|$))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, compileWhenHot: false);

    /// <summary>
    /// A clock time right before a day ("6 a.m. EST Thursday"), read backwards from the day. A time followed by a
    /// bracketed time in another zone ("9:40 a.m. (0640 GMT) Monday") is an expression of its own: the day stands
    /// alone and the time is anchored to it.
    /// </summary>
    public static readonly AdaptiveRegex TimeBefore = new(
        "(?<![0-9A-Za-z.:])(?:(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?\\s*(?:a\\.m\\.?|p\\.m\\.?|am|pm)|noon|midnight)(?:\\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET))?\\s+(?:on\\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft, compileWhenHot: false);

    /// <summary>What joins the two ends of a range of days ("between 1 May and 3 June", "from 1 May to 3 June"), alone.</summary>
    public static readonly AdaptiveRegex RangeJoin = new(
        "^\\s*(?:and|to|through|until|-|–)\\s*$",
        RegexOptions.CultureInvariant, compileWhenHot: false);

    /// <summary>
    /// A word that places a moment within the day after it ("late yesterday", "early Tuesday", "mid-afternoon
    /// Friday"), read at the end of the text before the day; after a count of days ("two days later Monday") it
    /// belongs to the count.
    /// </summary>
    public static readonly AdaptiveRegex ModifierBefore = new(
        "(?<![A-Za-z-])(?<!\\b(?:days?|weeks?|months?|years?|hours?)\\s+)(?i:early|late|earlier|later|mid-?(?:morning|day|afternoon|evening))\\s+$",
        RegexOptions.CultureInvariant, compileWhenHot: false);

    /// <summary>
    /// Days counted from a day: from the reference date ("three days ago") or from the day told before ("two days
    /// later", "a day earlier"). Weeks, months and years ago are periods, not days, and are not matched.
    /// </summary>
    public static readonly AdaptiveRegex Span = new(
        "\\b(?<count>[0-9]{1,3}|(?i:an?|" + string.Join("|", NumberWords) + "))\\s+days?\\s+(?<dir>ago|earlier|later|before|after)\\b",
        Options);

    /// <summary>
    /// The last day of a year or a month: "year-end", "the end of the year", "the end of last month". A company's
    /// "fiscal year-end" is matched so that it is not read as the calendar's.
    /// </summary>
    public static readonly AdaptiveRegex PeriodEnd = new(
        "\\b(?:(?<fiscal>(?i:fiscal)\\s+)?(?<unit>(?i:year|month))-end|(?i:the)\\s+end\\s+of\\s+(?:(?<which>(?i:the|this|last|next))\\s+)(?<unit>year|month))\\b(?!-)",
        Options);

    /// <summary>
    /// A day named by the day told before: "that day", "later that day", "the same day", "that same day", "the next
    /// morning", "the previous evening", "the prior day", "the day before", "the night before", "the day after", and
    /// "the day" at the end of a phrase after "on" or "for" or in "later in the day" ("for the day, the index fell";
    /// "the day he left" is told by an event).
    /// </summary>
    public static readonly AdaptiveRegex Anaphora = new(
        "\\b(?:(?<same>(?:(?i:earlier|later)\\s+)?(?i:that(?:\\s+same)?|the\\s+same))|(?i:the)\\s+(?:(?<next>next|following)|(?<previous>previous|preceding|prior)))\\s+(?:day|" + PartOfDay + ")\\b"
        + "|\\b(?i:the)\\s+(?:day|night|evening)\\s+(?<relation>before|after)\\b"
        + "|(?<same>\\b(?i:earlier|later)\\s+in\\s+the\\s+day|(?<=\\b(?i:on|for)\\s+)the\\s+day)(?=\\s*[.,;:!?)]|\\s+(?:and|but)\\b)",
        Options);

    /// <summary>Named days that are dates ("Thanksgiving Day", "New Year's Eve"), with an optional year.</summary>
    public static readonly AdaptiveRegex Holiday = new(
        "\\b(?<holiday>" + string.Join("|", Holidays.Names.Select(n => Regex.Escape(n).Replace("'", "['’]"))) + ")(?![A-Za-z])" + OptionalYear,
        Options);

    /// <summary>A clock time ("10:35 a.m.", "midday", "4 in the morning"); it counts only with a day in its sentence.</summary>
    public static readonly AdaptiveRegex Clock = new(
        "\\b(?:(?:1[0-2]|0?[1-9])(?::[0-5][0-9])?\\s*(?:a\\.m\\.|p\\.m\\.|a\\.m|p\\.m)(?![A-Za-z])|(?:noon|midday|midnight)\\b|(?:1[0-2]|0?[1-9])\\s+in\\s+the\\s+(?:morning|afternoon|evening)\\b)",
        Options);

    /// <summary>What follows "today" when it means the present era ("today's youth"), read right after it.</summary>
    public static readonly AdaptiveRegex PresentEra = new(
        "\\G['’]s\\s+(?:" + string.Join("|", EmbeddedData.Lines("present-era-nouns.txt")) + ")\\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, compileWhenHot: false);

    /// <summary>
    /// What follows a weekday that recurs: a plural part of the day, after it or after the weekday it is paired with
    /// ("Monday nights", "on Monday and Wednesday evenings").
    /// </summary>
    public static readonly AdaptiveRegex RecurringAfterWeekday = new(
        "\\G(?:,?\\s+(?:and|or)\\s+" + Weekday + ")?\\s+" + PartOfDay + "s\\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, compileWhenHot: false);

    /// <summary>Days counted from the reference date ("yesterday", "tomorrow morning", "last night").</summary>
    public static readonly AdaptiveRegex DayOffset = new("\\b" + Offset, Options);

    /// <summary>Names that contain a weekday but are not dates near the story ("Black Monday", "Mail on Sunday").</summary>
    public static readonly AdaptiveRegex NamedDay = new(
        "\\b(?:" + string.Join("|", EmbeddedData.Lines("weekday-names-in-titles.txt").Select(Regex.Escape)) + ")\\b",
        RegexOptions.CultureInvariant);

    /// <summary>A year written on its own ("since 2013", "the 1987 treaty"), not a clock time ("by 1700 GMT").</summary>
    public static readonly AdaptiveRegex BareYear = new(
        "(?<![0-9.,:£$€-])\\b(?:1[89]|20)[0-9]{2}\\b(?![0-9]|[.,:][0-9]|%|\\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|PDT|hours?|hrs|h|local)\\b)",
        RegexOptions.CultureInvariant);
}
