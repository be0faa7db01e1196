using System;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>Whether a double quotation mark opens or closes a quotation.</summary>
internal enum MarkRole
{
    Open,
    Close,
}

/// <summary>
/// Double quotation marks (straight, curly, low-9 and guillemets) and their role. Real text mixes styles and
/// mistypes curly marks, so the role comes from what flanks the mark (space or punctuation on one side, a word on
/// the other); only a mark with the same kind of character on both sides falls back to its shape or to whether a
/// quotation is open. Single marks are never quotation marks here: they are apostrophes or nested quotes, which
/// stay inside the text.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>
    /// The double quotation marks of <see cref="Lexicon.IsDoubleQuoteMark"/> in two groups of three, so the framework
    /// searches for each group with vector instructions (a search for all six sets itself up on every call, and a
    /// loop over every character of an article cost more than the rest of the pairing). A test keeps them in step.
    /// </summary>
    private static readonly char[] CommonMarks = ['"', '\u201C', '\u201D'];

    /// <summary>Low-9 marks and guillemets, which most articles never use.</summary>
    private static readonly char[] RareMarks = ['\u201E', '\u00AB', '\u00BB'];

    /// <summary>
    /// The index of the first double quotation mark at or after <paramref name="from"/> in <paramref name="text"/>, or
    /// -1. Call with increasing <paramref name="from"/> over one text, <paramref name="rare"/> first -2: it keeps
    /// where the next rare mark is, so the search for them reads the text once, not once per common mark.
    /// </summary>
    public static int Next(string text, int from, ref int rare)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        if (rare != -1 && rare < from)
        {
            rare = text.IndexOfAny(RareMarks, from);
        }

        var common = text.IndexOfAny(CommonMarks, from);
        return rare < 0 ? common : common < 0 ? rare : Math.Min(common, rare);
    }

    /// <summary>The role of the mark at <paramref name="index"/> given whether a quotation is currently open.</summary>
    public static MarkRole Classify(string text, int index, bool quoteOpen)
    {
        var mark = text[index];
        if (mark == '\u201E')
        {
            return MarkRole.Open;
        }

        var spaceBefore = index == 0 || IsSpaceLikeBefore(text[index - 1]);
        var spaceAfter = index + 1 >= text.Length || IsSpaceLikeAfter(text[index + 1]);
        if (spaceBefore && !spaceAfter)
        {
            return MarkRole.Open;
        }

        if (spaceAfter && !spaceBefore)
        {
            return MarkRole.Close;
        }

        return mark switch
        {
            '\u00AB' => MarkRole.Open,
            '\u00BB' => MarkRole.Close,
            _ => quoteOpen ? MarkRole.Close : MarkRole.Open,
        };
    }

    private static bool IsSpaceLikeBefore(char c) =>
        char.IsWhiteSpace(c) || c is '(' or '[' or '{' or '\u2014' or '\u2013' or '\u2015' or '-' or '/' || Lexicon.IsDoubleQuoteMark(c);

    private static bool IsSpaceLikeAfter(char c) =>
        char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '\u2014' or '\u2013' or '\u2015' or '\u2026' or '-' || Lexicon.IsDoubleQuoteMark(c);
}
