using System.Linq;
using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The regular expressions that find date expressions. One alternation scanned left to right yields
/// non-overlapping matches; at one position the longer forms are tried first (a weekday with its date before
/// the weekday alone, a day-month before a month alone).
/// </summary>
internal static class DatePatterns
{
    private const string Options = "(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?";
    private const string Weekday = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string MonthNames = "January|February|March|April|May|June|July|August|September|October|November|December";
    private const string Month = "(?<mon>(?:" + MonthNames + ")(?![A-Za-z])|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\\.?)";
    private const string MonthSpelledOut = "(?<mon>(?:" + MonthNames + ")(?![A-Za-z]))";
    private const string Day = "(?<day>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9A-Za-z])";
    private const string Year = "(?<year>(?:1[6-9]|20)[0-9]{2})(?![0-9A-Za-z])";
    private const string OptionalYear = "(?:,?\\s+" + Year + ")?";
    private const string AfterWeekday = "(?:\\s*(?<open>\\()\\s*|,?\\s+)";
    private const string CloseIfOpened = "(?(open)\\s*\\))";
    private const string DayMonth = Day + "(?:\\s+of)?\\s+" + Month;
    private const string MonthDay = Month + "\\s+" + Day;
    private const string Iso = "(?<isoYear>(?:1[6-9]|20)[0-9]{2})-(?<isoMonth>0[1-9]|1[0-2])-(?<isoDay>0[1-9]|[12][0-9]|3[01])(?![0-9A-Za-z])";
    private const string Numeric = "(?<first>[0-9]{1,2})(?<sep>[/.])(?<second>[0-9]{1,2})\\k<sep>" + Year;
    private const string MonthCue = "(?:(?<rel>[Ll]ast|[Nn]ext|[Tt]his)|[Ii]n|[Ee]arly|[Ll]ate|[Mm]id|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ff]rom|[Oo]f|[Tt]hrough|[Bb]efore|[Aa]fter)[\\s-]+";
    private const string Offset = "(?<offset>[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Ll]ast\\s+night|[Tt]his\\s+(?:morning|afternoon|evening))(?![A-Za-z])";

    /// <summary>Every date form; which named groups matched tells the form.</summary>
    public static readonly Regex Expression = new(
        "\\b(?:"
        + Options + Weekday + AfterWeekday + DayMonth + OptionalYear + CloseIfOpened
        + "|" + Options + Weekday + AfterWeekday + MonthDay + OptionalYear + CloseIfOpened
        + "|" + Iso
        + "|" + Numeric
        + "|" + DayMonth + OptionalYear
        + "|" + MonthDay + OptionalYear
        + "|" + MonthCue + MonthSpelledOut + "(?:\\s+" + Year + ")?"
        + "|" + MonthSpelledOut + "\\s+" + Year
        + "|" + Options + Weekday + "(?![A-Za-z])"
        + "|" + Offset
        + ")",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Names that contain a weekday but are not dates ("Good Friday", "Mail on Sunday").</summary>
    public static readonly Regex NamedDay = new(
        "\\b(?:" + string.Join("|", EmbeddedLines.Read("weekday-names-in-titles.txt").Select(Regex.Escape)) + ")\\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A year written on its own ("since 2013", "the 1987 treaty"), not a clock time ("by 1700 GMT").</summary>
    public static readonly Regex BareYear = new(
        "(?<![0-9.,:£$€-])\\b(?:1[89]|20)[0-9]{2}\\b(?![0-9]|[.,:][0-9]|%|\\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|PDT|hours?|hrs|h|local)\\b)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
}
