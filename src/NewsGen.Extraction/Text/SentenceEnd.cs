namespace NewsGen.Extraction.Text;

/// <summary>Whether a piece of text ends the way a sentence does.</summary>
public static class SentenceEnd
{
    /// <summary>
    /// True when <paramref name="text"/>, ignoring trailing white space and closing quotes or brackets, ends with
    /// <c>. ! ? … : ;</c>.
    /// </summary>
    public static bool IsAt(string text) => IsAt(text, 0, text.Length);

    /// <summary>The same test for the range <c>[start, end)</c> of <paramref name="text"/>.</summary>
    public static bool IsAt(string text, int start, int end)
    {
        var last = LastSignificant(text, start, end);
        return last is '.' or '!' or '?' or '\u2026' or ':' or ';';
    }

    /// <summary>
    /// True when <paramref name="text"/> ends a complete sentence: <c>. ! ?</c> or <c>…</c>, closing quotes or
    /// brackets aside. A colon or semicolon announces more text rather than ending it.
    /// </summary>
    public static bool IsFullStopAt(string text) => LastSignificant(text, 0, text.Length) is '.' or '!' or '?' or '\u2026';

    private static char LastSignificant(string text, int start, int end)
    {
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || Lexicon.IsClosingMark(text[end - 1])))
        {
            end--;
        }

        return end > start ? text[end - 1] : '\0';
    }
}
