using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Dates;

/// <summary>The word right before a month or weekday, which says which one is meant ("last April", "mid-April").</summary>
internal static class PrecedingWord
{
    // Words that make a bare month name a time expression rather than a name ("in May", not "May Smith").
    private static readonly HashSet<string> MonthCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "early", "late", "mid", "since", "until", "by", "during", "from", "of", "through", "before", "after",
    };

    /// <summary>The word before <paramref name="position"/>, across white space or one hyphen, with its start; null at a text start or after punctuation.</summary>
    public static (string Text, int Start)? Find(string text, int position)
    {
        var end = position;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end == position && end > 0 && text[end - 1] == '-')
        {
            end--;
        }

        if (end == position)
        {
            return null;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < end ? (text.Substring(start, end - start), start) : null;
    }

    /// <summary>
    /// The direction <paramref name="word"/> gives, with where its cue starts: "last", "next" and "this" name one,
    /// and "this coming" counts as "next".
    /// </summary>
    public static (Direction Direction, int Start) DirectionOf(string text, (string Text, int Start) word) =>
        word.Text.Equals("coming", StringComparison.OrdinalIgnoreCase) && Find(text, word.Start) is { } before && DirectionOf(before.Text) == Direction.This
            ? (Direction.Next, before.Start)
            : (DirectionOf(word.Text), word.Start);

    /// <summary>
    /// The direction of "the previous" or "the following" before a weekday, which counts from the day told before
    /// rather than from the reference date, with where "the" starts; null for any other <paramref name="word"/>.
    /// </summary>
    public static (Direction Direction, int Start)? FromToldDay(string text, (string Text, int Start) word) =>
        Find(text, word.Start) is { Text: "the" or "The" } article
            ? word.Text.ToLowerInvariant() switch
            {
                "previous" or "preceding" => (Direction.Last, article.Start),
                "following" => (Direction.Next, article.Start),
                _ => null,
            }
            : null;

    private static Direction DirectionOf(string word) =>
        word.ToLowerInvariant() switch
        {
            "last" => Direction.Last,
            "next" => Direction.Next,
            "this" => Direction.This,
            _ => Direction.None,
        };

    /// <summary>Whether <paramref name="word"/> before a month name makes it a time expression.</summary>
    public static bool IsMonthCue(string word) => MonthCues.Contains(word);
}
