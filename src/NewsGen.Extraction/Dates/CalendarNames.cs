using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Dates;

/// <summary>English month and weekday names as written in news text.</summary>
internal static class CalendarNames
{
    private static readonly IReadOnlyList<string> Months = Lexicon.MonthNames;

    /// <summary>The month (1–12) named by a full name or abbreviation ("Sept.", "Dec"), or 0.</summary>
    public static int MonthNumber(string name)
    {
        if (name.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < Months.Count; i++)
        {
            if (string.Compare(Months[i], 0, name, 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>The full English name of <paramref name="month"/> (1–12).</summary>
    public static string MonthName(int month) => Months[month - 1];

    /// <summary>The day of the week named by <paramref name="name"/> ("Thursday").</summary>
    public static DayOfWeek Weekday(string name) => (DayOfWeek)Enum.Parse(typeof(DayOfWeek), name, ignoreCase: true);
}
