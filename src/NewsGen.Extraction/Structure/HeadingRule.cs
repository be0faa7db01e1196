using System;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// What a sub-heading looks like on its own: one line of at most <see cref="MaxWords"/> words that starts with a
/// capital letter, has lower-case letters (all-caps lines are datelines or kickers), and does not end like a
/// sentence or a clause. Bylines and date lines are excluded. Where a heading may stand is decided by
/// <see cref="StructureReader"/>.
/// </summary>
public static class HeadingRule
{
    /// <summary>The longest heading in words; longer single lines are paragraphs that lack a full stop.</summary>
    public const int MaxWords = 14;

    /// <summary>A byline, a weekday, or a month's name or short form before a number (“Sept. 4”, “March 2”).</summary>
    private static readonly Regex BylineOrDate = new(
        @"\A(?:By\s|(?:" + string.Join("|", Lexicon.WeekdayNames) + @")\b|(?:"
        + string.Join("|", Lexicon.MonthNames) + "|" + string.Join("|", Lexicon.MonthAbbreviations) + @")[a-z]*\.?\s+\d)",
        RegexOptions.CultureInvariant);

    /// <summary>True when <paramref name="block"/> could be a heading of an article titled <paramref name="title"/>.</summary>
    public static bool LooksLikeHeading(TextBlock block, string title)
    {
        var text = block.Text;
        if (!block.IsSingleLine || !char.IsUpper(text[0]) || string.Equals(text, title, StringComparison.Ordinal))
        {
            return false;
        }

        // Most blocks end like a sentence, which is told from their last characters before their words are counted.
        return EndsOpen(text) && WordCounter.Count(text) <= MaxWords && HasLowerCase(text) && !BylineOrDate.IsMatch(text);
    }

    private static bool HasLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A heading ends in a word, a number or a closing bracket or quote that follows one.</summary>
    private static bool EndsOpen(string text)
    {
        var end = text.Length;
        while (end > 0 && Lexicon.IsClosingMark(text[end - 1]))
        {
            end--;
        }

        return end > 0 && char.IsLetterOrDigit(text[end - 1]);
    }
}
