using System;
using System.Linq;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// Text that every match of a date pattern contains, so a unit without it need not be scanned by the pattern
/// (<see cref="DateExpressionFinder"/>). Each flag is a necessary part of the pattern's forms, matched as the
/// pattern matches it (case-sensitive where the pattern is).
/// </summary>
[Flags]
internal enum DateAnchor
{
    /// <summary>No anchor: the pattern runs over every unit.</summary>
    Any = 0,

    /// <summary>A digit: day numbers, years, numeric and ISO dates.</summary>
    Digit = 1 << 0,

    /// <summary>"day": the weekdays, "today", "yesterday", "that day", "two days later".</summary>
    Day = 1 << 1,

    /// <summary>"omorrow": "tomorrow", "Tomorrow".</summary>
    Tomorrow = 1 << 2,

    /// <summary>"night": "tonight", "last night", "the night before".</summary>
    Night = 1 << 3,

    /// <summary>"morning", "afternoon" or "evening".</summary>
    PartOfDay = 1 << 4,

    /// <summary>".m" of "a.m." and "p.m.".</summary>
    ClockSuffix = 1 << 5,

    /// <summary>"noon", "midday" or "midnight".</summary>
    NamedHour = 1 << 6,

    /// <summary>The last word of a holiday's name (<see cref="Holidays"/>): "Day", "Eve", "Thanksgiving" ….</summary>
    HolidayWord = 1 << 7,

    /// <summary>"day" as a word of its own after white space: "that day", not "today" or "Monday".</summary>
    DayWord = 1 << 8,

    /// <summary>"day" or "days" after white space and before a direction: "two days later", "a day before".</summary>
    DayCount = 1 << 9,

    /// <summary>"end" after a hyphen, or between white space and "of": "year-end", "the end of the month", not "weekend", "spend" or "the end came".</summary>
    End = 1 << 10,

    /// <summary>A digit followed by "st", "nd", "rd" or "th": "the 3rd", "the 21st".</summary>
    Ordinal = 1 << 11,

    /// <summary>"oday": "today", "Today".</summary>
    Today = 1 << 12,

    /// <summary>"esterday": "yesterday", "Yesterday".</summary>
    Yesterday = 1 << 13,

    /// <summary>"earl", "late" or "mid" in any case: what the modifiers before a day hold ("early", "later", "mid-morning").</summary>
    ModifierStem = 1 << 14,

    /// <summary>"noon", alone or in "afternoon": searched for <see cref="NamedHour"/> and <see cref="PartOfDay"/>, no pattern's own anchor.</summary>
    Noon = 1 << 15,
}

/// <summary>Which anchors one text (or a stretch of it) holds, each searched for once and only when a pattern asks.</summary>
internal struct DateAnchorSearch
{
    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    private static readonly string[] Directions = ["ago", "earlier", "later", "before", "after"];

    private static readonly string[] OrdinalSuffixes = ["st", "nd", "rd", "th"];

    private static readonly string[] Of = ["of"];

    // The last piece of each name, split where the holiday pattern may write a character another way (an apostrophe).
    private static readonly string[] HolidayWords = Holidays.Names
        .Select(name => name.Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries).Last())
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private DateAnchor _searched;
    private DateAnchor _found;

    public DateAnchorSearch(string text)
        : this(text, 0, text.Length)
    {
    }

    /// <summary>The anchors of the <paramref name="length"/> characters from <paramref name="start"/>, read in place (no copy of them).</summary>
    public DateAnchorSearch(string text, int start, int length)
    {
        _text = text;
        _start = start;
        _end = start + length;
        _searched = DateAnchor.Any;
        _found = DateAnchor.Any;
    }

    /// <summary>Whether the text holds one of <paramref name="anchors"/>; true for <see cref="DateAnchor.Any"/>.</summary>
    public bool HasAny(DateAnchor anchors)
    {
        if (anchors == DateAnchor.Any)
        {
            return true;
        }

        for (var flag = DateAnchor.Digit; flag <= DateAnchor.Noon; flag = (DateAnchor)((int)flag << 1))
        {
            if ((anchors & flag) != 0 && Holds(flag))
            {
                return true;
            }
        }

        return false;
    }

    // Each anchor is searched once, on the first ask; a word that holds a shorter anchor ("day" in "midday", "night"
    // in "midnight", "noon" in "afternoon") only in a text that holds that one (most texts do not).
    private bool Holds(DateAnchor anchor)
    {
        if ((_searched & anchor) == 0)
        {
            _searched |= anchor;
            var found = anchor switch
            {
                DateAnchor.Digit => IndexOfDigit(_start) >= 0,
                DateAnchor.Day => Contains("day"),
                DateAnchor.Today => Holds(DateAnchor.Day) && Contains("oday"),
                DateAnchor.Yesterday => Holds(DateAnchor.Day) && Contains("esterday"),
                DateAnchor.Tomorrow => Contains("omorrow"),
                DateAnchor.Night => Contains("night"),
                DateAnchor.PartOfDay => Contains("morning") || Contains("evening") || (Holds(DateAnchor.Noon) && Contains("afternoon")),
                DateAnchor.ClockSuffix => Contains(".m"),
                DateAnchor.Noon => Contains("noon"),
                DateAnchor.NamedHour => Holds(DateAnchor.Noon) || (Holds(DateAnchor.Day) && Contains("midday")) || (Holds(DateAnchor.Night) && Contains("midnight")),
                DateAnchor.HolidayWord => HasHolidayWord(),
                DateAnchor.DayWord => Holds(DateAnchor.Day) && HasDayAfterSpace(counted: false),
                DateAnchor.DayCount => Holds(DateAnchor.Day) && HasDayAfterSpace(counted: true),
                DateAnchor.Ordinal => HasOrdinal(),
                DateAnchor.End => HasEnd(),
                _ => Contains("earl", StringComparison.OrdinalIgnoreCase) || Contains("late", StringComparison.OrdinalIgnoreCase) || Contains("mid", StringComparison.OrdinalIgnoreCase),
            };
            if (found)
            {
                _found |= anchor;
            }
        }

        return (_found & anchor) != 0;
    }

    private readonly bool Contains(string word, StringComparison comparison = StringComparison.Ordinal) => IndexOf(word, _start, comparison) >= 0;

    private readonly int IndexOf(string word, int from, StringComparison comparison = StringComparison.Ordinal) =>
        from > _end ? -1 : _text.IndexOf(word, from, _end - from, comparison);

    private readonly int IndexOfDigit(int from) => _text.IndexOfAny(Digits, from, _end - from);

    // A "day" after white space that ends its word there or, when counted, runs on with an optional "s", white
    // space and a direction word.
    private readonly bool HasDayAfterSpace(bool counted)
    {
        for (var at = IndexOf("day", _start); at >= 0; at = IndexOf("day", at + 3))
        {
            if (at == _start || !char.IsWhiteSpace(_text[at - 1]))
            {
                continue;
            }

            var end = at + 3;
            if (!counted)
            {
                if (end == _end || !char.IsLetterOrDigit(_text[end]))
                {
                    return true;
                }

                continue;
            }

            end += end < _end && _text[end] == 's' ? 1 : 0;
            var next = SkipWhiteSpace(end);
            if (next > end && StartsWithAny(next, Directions))
            {
                return true;
            }
        }

        return false;
    }

    // Days of the month are rare among numbers, so each run of digits is tested for a suffix right after it.
    private readonly bool HasOrdinal()
    {
        for (var at = IndexOfDigit(_start); at >= 0; at = IndexOfDigit(at))
        {
            while (at < _end && _text[at] is >= '0' and <= '9')
            {
                at++;
            }

            if (StartsWithAny(at, OrdinalSuffixes))
            {
                return true;
            }
        }

        return false;
    }

    private readonly bool HasEnd()
    {
        for (var at = IndexOf("end", _start); at >= 0; at = IndexOf("end", at + 3))
        {
            if (at == _start)
            {
                continue;
            }

            var next = SkipWhiteSpace(at + 3);
            if (_text[at - 1] == '-' || (char.IsWhiteSpace(_text[at - 1]) && next > at + 3 && StartsWithAny(next, Of)))
            {
                return true;
            }
        }

        return false;
    }

    private readonly int SkipWhiteSpace(int at)
    {
        while (at < _end && char.IsWhiteSpace(_text[at]))
        {
            at++;
        }

        return at;
    }

    private readonly bool StartsWithAny(int at, string[] words)
    {
        foreach (var word in words)
        {
            if (at + word.Length <= _end && string.CompareOrdinal(_text, at, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A piece that ends in "day" (the weekday of "Good Friday") is searched only in a text that holds "day".
    private bool HasHolidayWord()
    {
        foreach (var word in HolidayWords)
        {
            if ((!word.EndsWith("day", StringComparison.Ordinal) || Holds(DateAnchor.Day)) && Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
