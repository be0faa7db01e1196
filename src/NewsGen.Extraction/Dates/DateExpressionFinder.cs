using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Dates;

/// <summary>Finds the date expressions of a text unit and reads what each one states.</summary>
internal static class DateExpressionFinder
{
    /// <summary>The expressions of every unit, in reading order.</summary>
    public static List<DateExpression> Find(IReadOnlyList<TextUnit> units)
    {
        var expressions = new List<DateExpression>();
        foreach (var unit in units)
        {
            var matches = DatePatterns.Expression.Matches(unit.Text);
            if (matches.Count == 0)
            {
                continue;
            }

            var sentences = new UnitSentences(unit.Text);
            foreach (Match match in matches)
            {
                if (Read(match, unit, sentences) is { } expression)
                {
                    expressions.Add(expression);
                }
            }
        }

        return expressions;
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
            return Full(match, unit, tense, Number(groups["isoYear"]), Number(groups["isoMonth"]), Number(groups["isoDay"]), null);
        }

        if (groups["first"].Success)
        {
            return ReadNumeric(match, unit, tense);
        }

        var month = groups["mon"].Success ? CalendarNames.MonthNumber(groups["mon"].Value) : 0;
        DayOfWeek? weekday = groups["wd"].Success ? CalendarNames.Weekday(groups["wd"].Value) : null;
        var direction = ReadDirection(groups["rel"]);
        int? year = groups["year"].Success ? Number(groups["year"]) : null;
        if (groups["day"].Success)
        {
            var day = Number(groups["day"]);
            if (year is { } stated)
            {
                return Full(match, unit, tense, stated, month, day, weekday);
            }

            return day <= DateTime.DaysInMonth(2000, month)
                ? new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, DateForm.DayMonth, tense) { Month = month, Day = day, Weekday = weekday }
                : null;
        }

        if (month > 0)
        {
            var text = direction == Direction.None ? Trimmed(match, groups["mon"].Index) : match.Value;
            var start = unit.Start + match.Index + match.Length - text.Length;
            return new DateExpression(text, unit.Paragraph, start, DateForm.MonthOnly, tense) { Month = month, Year = year, Direction = direction };
        }

        if (weekday is null || InsideNamedDay(unit.Text, match))
        {
            return null;
        }

        return new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, DateForm.Weekday, tense) { Weekday = weekday, Direction = direction };
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
            return Full(match, unit, tense, year, second, first, null);
        }

        return second > 12 && first <= 12 ? Full(match, unit, tense, year, first, second, null) : null;
    }

    private static DateExpression? Full(Match match, TextUnit unit, Tense tense, int year, int month, int day, DayOfWeek? weekday) =>
        Model.CalendarDate.TryCreate(year, month, day) is null
            ? null
            : new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, DateForm.Full, tense) { Year = year, Month = month, Day = day, Weekday = weekday };

    private static Direction ReadDirection(Group group) =>
        !group.Success ? Direction.None : char.ToLowerInvariant(group.Value[0]) switch
        {
            'l' => Direction.Last,
            'n' => Direction.Next,
            _ => Direction.This,
        };

    private static string Trimmed(Match match, int from) => match.Value.Substring(from - match.Index);

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

    /// <summary>The sentences of one unit.</summary>
    private sealed class UnitSentences
    {
        private readonly string _text;
        private readonly IReadOnlyList<(int Start, int Length)> _bounds;

        public UnitSentences(string text)
        {
            _text = text;
            _bounds = SentenceSplitter.Split(text);
        }

        public int IndexAt(int position)
        {
            for (var i = _bounds.Count - 1; i > 0; i--)
            {
                if (_bounds[i].Start <= position)
                {
                    return i;
                }
            }

            return 0;
        }

        public bool StartsAt(int sentence, int position)
        {
            for (var i = _bounds[sentence].Start; i < position; i++)
            {
                if (char.IsLetterOrDigit(_text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public Tense TenseAt(int sentence, int start, int end)
        {
            var (from, length) = _bounds[sentence];
            return SentenceTense.At(_text.Substring(from, length), start - from, end - from);
        }
    }
}
