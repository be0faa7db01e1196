using System;

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
}

/// <summary>Which anchors one text holds, each searched for once and only when a pattern asks.</summary>
internal struct DateAnchorSearch
{
    private static readonly char[] Digits = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    private readonly string _text;
    private DateAnchor _searched;
    private DateAnchor _found;

    public DateAnchorSearch(string text)
    {
        _text = text;
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

        for (var flag = DateAnchor.Digit; flag <= DateAnchor.NamedHour; flag = (DateAnchor)((int)flag << 1))
        {
            if ((anchors & flag) != 0 && Holds(flag))
            {
                return true;
            }
        }

        return false;
    }

    private bool Holds(DateAnchor anchor)
    {
        if ((_searched & anchor) == 0)
        {
            _searched |= anchor;
            if (Search(anchor))
            {
                _found |= anchor;
            }
        }

        return (_found & anchor) != 0;
    }

    private readonly bool Search(DateAnchor anchor) => anchor switch
    {
        DateAnchor.Digit => _text.IndexOfAny(Digits) >= 0,
        DateAnchor.Day => Contains("day"),
        DateAnchor.Tomorrow => Contains("omorrow"),
        DateAnchor.Night => Contains("night"),
        DateAnchor.PartOfDay => Contains("morning") || Contains("afternoon") || Contains("evening"),
        DateAnchor.ClockSuffix => Contains(".m"),
        _ => Contains("noon") || Contains("midday") || Contains("midnight"),
    };

    private readonly bool Contains(string word) => _text.IndexOf(word, StringComparison.Ordinal) >= 0;
}
