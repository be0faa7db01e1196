using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Dates;

/// <summary>Finds the date expressions of a text unit and reads what each one states.</summary>
internal static class DateExpressionFinder
{
    private static readonly Regex[] Patterns = [DatePatterns.NumberLed, DatePatterns.WeekdayLed, DatePatterns.MonthLed, DatePatterns.DayOffset];

    /// <summary>The expressions of every unit, in reading order.</summary>
    public static List<DateExpression> Find(IReadOnlyList<TextUnit> units)
    {
        var expressions = new List<DateExpression>();
        foreach (var unit in units)
        {
            var matches = Candidates(unit.Text);
            if (matches.Count == 0)
            {
                continue;
            }

            var sentences = new UnitSentences(unit.Text);
            foreach (var match in matches)
            {
                if (Read(match, unit, sentences) is { } expression)
                {
                    expressions.Add(expression);
                }
            }
        }

        return expressions;
    }

    // Matches of all patterns in text order; where two overlap the earlier (or, at one start, longer) wins,
    // so "Wednesday (28 November)" is not also read as "28 November".
    private static List<Match> Candidates(string text)
    {
        var all = new List<Match>();
        foreach (var pattern in Patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                all.Add(match);
            }
        }

        all.Sort((a, b) => a.Index != b.Index ? a.Index.CompareTo(b.Index) : b.Length.CompareTo(a.Length));
        var kept = new List<Match>(all.Count);
        var end = 0;
        foreach (var match in all)
        {
            if (match.Index >= end)
            {
                kept.Add(match);
                end = match.Index + match.Length;
            }
        }

        return kept;
    }

    private static DateExpression? Read(Match match, TextUnit unit, UnitSentences sentences)
    {
        var sentence = sentences.IndexAt(match.Index);
        var tense = sentences.TenseAt(sentence, match.Index, match.Index + match.Length);
        var groups = match.Groups;
        if (groups["offset"].Success)
        {
            return ReadOffset(match, unit, sentences, sentence, tense);
        }

        if (groups["isoYear"].Success)
        {
            return Full(match.Value, match.Index, unit, tense, Number(groups["isoYear"]), Number(groups["isoMonth"]), Number(groups["isoDay"]), null);
        }

        if (groups["first"].Success)
        {
            return ReadNumeric(match, unit, tense);
        }

        var month = groups["mon"].Success ? CalendarNames.MonthNumber(groups["mon"].Value) : 0;
        DayOfWeek? weekday = groups["wd"].Success ? CalendarNames.Weekday(groups["wd"].Value) : null;
        int? year = groups["year"].Success ? Number(groups["year"]) : null;
        var before = PrecedingWord.Find(unit.Text, match.Index);
        var direction = before is { } word && (weekday is not null || !groups["day"].Success) ? PrecedingWord.DirectionOf(word.Text) : Direction.None;
        var start = direction == Direction.None ? match.Index : before!.Value.Start;
        var text = unit.Text.Substring(start, match.Index + match.Length - start);
        if (groups["day"].Success)
        {
            var day = Number(groups["day"]);
            if (year is { } stated)
            {
                return Full(text, start, unit, tense, stated, month, day, weekday);
            }

            return day <= DateTime.DaysInMonth(2000, month)
                ? new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.DayMonth, tense) { Month = month, Day = day, Weekday = weekday }
                : null;
        }

        if (month > 0)
        {
            var cued = direction != Direction.None || (before is { } cue && PrecedingWord.IsMonthCue(cue.Text));
            return cued || year is not null
                ? new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.MonthOnly, tense) { Month = month, Year = year, Direction = direction }
                : null;
        }

        if (weekday is null || InsideNamedDay(unit.Text, match))
        {
            return null;
        }

        return new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.Weekday, tense) { Weekday = weekday, Direction = direction };
    }

    private static DateExpression? ReadOffset(Match match, TextUnit unit, UnitSentences sentences, int sentence, Tense tense)
    {
        // A capitalized "Today" or "Tonight" inside a sentence is a programme or publication name.
        if (char.IsUpper(match.Value[0]) && !sentences.StartsAt(sentence, match.Index))
        {
            return null;
        }

        var word = match.Value.ToLowerInvariant();
        var offset = word switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ when word.StartsWith("last", StringComparison.Ordinal) => -1,
            _ => 0,
        };
        return new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, DateForm.DayOffset, tense) { DayOffset = offset };
    }

    // 19/04/2018 is read as day/month and 04/19/2018 as month/day; 04/05/2018 could be either and is skipped.
    private static DateExpression? ReadNumeric(Match match, TextUnit unit, Tense tense)
    {
        var first = Number(match.Groups["first"]);
        var second = Number(match.Groups["second"]);
        var year = Number(match.Groups["year"]);
        if (first == second || (first > 12 && second <= 12))
        {
            return Full(match.Value, match.Index, unit, tense, year, second, first, null);
        }

        return second > 12 && first <= 12 ? Full(match.Value, match.Index, unit, tense, year, first, second, null) : null;
    }

    private static DateExpression? Full(string text, int start, TextUnit unit, Tense tense, int year, int month, int day, DayOfWeek? weekday) =>
        Model.CalendarDate.TryCreate(year, month, day) is null
            ? null
            : new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.Full, tense) { Year = year, Month = month, Day = day, Weekday = weekday };

    private static bool InsideNamedDay(string text, Match match)
    {
        var from = Math.Max(0, match.Index - 24);
        var to = Math.Min(text.Length, match.Index + match.Length + 24);
        foreach (Match named in DatePatterns.NamedDay.Matches(text.Substring(from, to - from)))
        {
            var start = from + named.Index;
            if (start <= match.Index + match.Length && match.Index <= start + named.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);
}
