using System;
using System.Globalization;

namespace NewsGen.Extraction.Model;

/// <summary>A calendar day. netstandard2.0 has no DateOnly; the generated code converts this to one.</summary>
public readonly record struct CalendarDate(int Year, int Month, int Day) : IComparable<CalendarDate>
{
    /// <summary>The day of the week of this date.</summary>
    public DayOfWeek DayOfWeek => new DateTime(Year, Month, Day).DayOfWeek;

    /// <summary>Creates a date when the parts form a real calendar day.</summary>
    public static CalendarDate? TryCreate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? new CalendarDate(year, month, day)
            : null;

    /// <summary>Parses <c>yyyy-MM-dd</c>.</summary>
    public static CalendarDate? TryParseIso(string text) =>
        DateTime.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? FromDateTime(value)
            : null;

    /// <summary>The date part of <paramref name="value"/>.</summary>
    public static CalendarDate FromDateTime(DateTime value) => new(value.Year, value.Month, value.Day);

    /// <summary>This date as a midnight <see cref="DateTime"/>.</summary>
    public DateTime ToDateTime() => new(Year, Month, Day);

    /// <summary>This date moved by <paramref name="days"/>, or null when that leaves the years 1–9999.</summary>
    public CalendarDate? TryAddDays(int days)
    {
        var from = ToDateTime();
        var room = days >= 0 ? (DateTime.MaxValue.Date - from).Days : (from - DateTime.MinValue).Days;
        return Math.Abs((long)days) <= room ? FromDateTime(from.AddDays(days)) : null;
    }

    /// <inheritdoc />
    public int CompareTo(CalendarDate other) => ToDateTime().CompareTo(other.ToDateTime());

    /// <summary>ISO 8601: <c>yyyy-MM-dd</c>.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}", Year, Month, Day);
}
