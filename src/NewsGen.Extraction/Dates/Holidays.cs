using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// Named days that are dates ("Christmas Day", "Thanksgiving Day"), each with the rule that places it in a year:
/// a fixed day of a month, the n-th weekday of a month, or days from Easter Sunday (<c>Data/holidays.txt</c>).
/// </summary>
internal static class Holidays
{
    // The rules stay text until a name is met: most articles name no holiday, and a parsed rule per name (a closure
    // each) was JIT-compiled set-up in every fresh compiler process.
    private static readonly Dictionary<string, string> Rules = ReadRules();

    /// <summary>The names, longest first, for a pattern that should prefer "Thanksgiving Day" to "Thanksgiving".</summary>
    public static IEnumerable<string> Names => Rules.Keys.OrderByDescending(n => n.Length);

    /// <summary>The day <paramref name="name"/> falls on in <paramref name="year"/>, or null outside the calendar.</summary>
    public static CalendarDate? In(string name, int year)
    {
        var rule = Rules[name];
        var tokens = rule.Split([' '], StringSplitOptions.RemoveEmptyEntries);
        if (tokens[0] == "Easter")
        {
            var offset = tokens.Length == 2 ? int.Parse(tokens[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            return Easter(year)?.TryAddDays(offset);
        }

        if (tokens.Length == 1)
        {
            return CalendarDate.TryCreate(year, Number(rule.Substring(0, 2)), Number(rule.Substring(3)));
        }

        var from = tokens.Length == 5 ? Number(tokens[4]) : 1;
        return NthWeekday(year, Number(tokens[0]), CalendarNames.Weekday(tokens[1]), Number(tokens[2]), from);
    }

    private static Dictionary<string, string> ReadRules()
    {
        var rules = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedData.Lines("holidays.txt"))
        {
            var parts = line.Split('=');
            rules.Add(parts[0].Trim(), parts[1].Trim());
        }

        return rules;
    }

    // The n-th weekday on or after day `from` of the month; n = -1 is the month's last such weekday.
    private static CalendarDate? NthWeekday(int year, int month, DayOfWeek weekday, int nth, int from)
    {
        if (CalendarDate.TryCreate(year, month, 1) is null)
        {
            return null;
        }

        if (nth < 0)
        {
            var last = DateTime.DaysInMonth(year, month);
            var back = ((int)new DateTime(year, month, last).DayOfWeek - (int)weekday + 7) % 7;
            return new CalendarDate(year, month, last - back);
        }

        var ahead = ((int)weekday - (int)new DateTime(year, month, from).DayOfWeek + 7) % 7;
        return CalendarDate.TryCreate(year, month, from + ahead + (7 * (nth - 1)));
    }

    // Western Easter Sunday by the Gregorian computus (the anonymous algorithm of Meeus, Jones and Butcher).
    private static CalendarDate? Easter(int year)
    {
        var (a, b, c) = (year % 19, year / 100, year % 100);
        var h = ((19 * a) + b - (b / 4) - ((b - ((b + 8) / 25) + 1) / 3) + 15) % 30;
        var l = (32 + (2 * (b % 4)) + (2 * (c / 4)) - h - (c % 4)) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return CalendarDate.TryCreate(year, month, day);
    }

    private static int Number(string text) => int.Parse(text, CultureInfo.InvariantCulture);
}
