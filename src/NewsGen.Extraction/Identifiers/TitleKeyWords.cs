using System;
using System.Collections.Generic;
using System.Globalization;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// The fallback name of a story: the first <see cref="MaxWords"/> words of its title that are not stop words
/// (<see cref="WordClasses.FunctionWords"/> and <c>Data/title-stop-words.txt</c>), possessive <c>'s</c> removed. Acronyms such as <c>US</c> are kept even when their lower-case form is a stop word.
/// </summary>
public static class TitleKeyWords
{
    /// <summary>The most title words a name takes.</summary>
    public const int MaxWords = 4;

    private static readonly Lazy<HashSet<string>> StopWords =
        new(() => new HashSet<string>(EmbeddedData.Lines("title-stop-words.txt"), StringComparer.OrdinalIgnoreCase).Plus(WordClasses.FunctionWords));

    /// <summary>The key words of <paramref name="title"/> joined by spaces (empty when it has none).</summary>
    public static string From(string title)
    {
        var keyWords = new List<string>(MaxWords);
        for (var i = 0; i < title.Length && keyWords.Count < MaxWords;)
        {
            if (!IsLetterOrNumber(title[i]))
            {
                i++;
                continue;
            }

            var start = i;
            i = WordEnd(title, i);
            var word = title.Substring(start, i - start).Replace('\u2019', '\'');
            if (IsKeyWord(word))
            {
                keyWords.Add(WithoutPossessive(word));
            }
        }

        return string.Join(" ", keyWords);
    }

    /// <summary>
    /// The end of the word at <paramref name="start"/>: letters and numbers, then letters, numbers, non-spacing marks
    /// and hyphens, then any number of apostrophes each followed by letters (<c>O'Neil</c>, <c>isn’t</c>).
    /// </summary>
    private static int WordEnd(string title, int start)
    {
        var end = start + 1;
        while (end < title.Length && (IsLetterOrNumber(title[end]) || title[end] == '-' || char.GetUnicodeCategory(title[end]) == UnicodeCategory.NonSpacingMark))
        {
            end++;
        }

        while (end + 1 < title.Length && title[end] is '\'' or '\u2019' && char.IsLetter(title[end + 1]))
        {
            end += 2;
            while (end < title.Length && char.IsLetter(title[end]))
            {
                end++;
            }
        }

        return end;
    }

    private static bool IsLetterOrNumber(char c) => char.IsLetter(c) || char.IsNumber(c);

    private static bool IsKeyWord(string word) => !StopWords.Value.Contains(word) || IsAcronym(word);

    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 2) : word;

    private static bool IsAcronym(string word)
    {
        if (word.Length < 2)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
