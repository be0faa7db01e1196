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
    /// The index of the first double quotation mark at or after <paramref name="from"/> in <paramref name="text"/>, or
    /// -1. Most characters of an article are plain ASCII, and the only ASCII mark is the straight one, so one
    /// comparison settles most characters (the framework's search for six marks sets itself up on every call).
    /// </summary>
    public static int Next(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' || (c > '\u007F' && Lexicon.IsDoubleQuoteMark(c)))
            {
                return i;
            }
        }

        return -1;
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
