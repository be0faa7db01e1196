namespace NewsGen.Extraction.Text;

/// <summary>The lines of a normalized text (line breaks are <c>\n</c>), walked by their offsets.</summary>
public static class TextLines
{
    /// <summary>
    /// The end of the line that starts at <paramref name="start"/>: its line break, or the end of the text (a final
    /// line break starts no further line).
    /// </summary>
    public static int End(string text, int start)
    {
        var lineBreak = text.IndexOf('\n', start);
        return lineBreak < 0 ? text.Length : lineBreak;
    }
}
