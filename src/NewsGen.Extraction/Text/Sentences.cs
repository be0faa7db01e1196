using System.Collections.Generic;

namespace NewsGen.Extraction.Text;

/// <summary>
/// A light sentence splitter: a sentence ends at <c>.</c>, <c>!</c> or <c>?</c> (plus closing quotes or brackets)
/// followed by white space and a capital, digit or opening quote, except after an abbreviation (<c>Gen.</c>,
/// <c>Sept.</c>, <see cref="Lexicon.IsAbbreviation(string, int, int)"/>), an initial (<c>M.</c>) or a dotted acronym (<c>U.S.</c>).
/// </summary>
public static class Sentences
{
    /// <summary>
    /// The sentences of <paramref name="text"/> as <c>[Start, End)</c> ranges, in order; white space between two
    /// sentences belongs to neither.
    /// </summary>
    public static List<(int Start, int End)> In(string text)
    {
        var sentences = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && Lexicon.IsClosingMark(text[end]))
            {
                end++;
            }

            if (end < text.Length && char.IsWhiteSpace(text[end]) && StartsSentence(text, end) && !(text[i] == '.' && IsAbbreviation(text, i)))
            {
                sentences.Add((start, end));
                start = end;
                while (char.IsWhiteSpace(text[start]))
                {
                    start++;
                }

                i = start - 1;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }

        return sentences;
    }

    private static bool StartsSentence(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        if (position >= text.Length)
        {
            return false;
        }

        var c = text[position];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB';
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var length = dot - wordStart;
        if (length == 0)
        {
            return false;
        }

        return (length == 1 && char.IsUpper(text[wordStart]))
            || text.IndexOf('.', wordStart, length) >= 0
            || Lexicon.IsAbbreviation(text, wordStart, length);
    }
}
