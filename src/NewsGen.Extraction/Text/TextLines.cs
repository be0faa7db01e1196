using System.Collections.Generic;

namespace NewsGen.Extraction.Text;

/// <summary>Splits a normalized text (line breaks are <c>\n</c>) into lines.</summary>
public static class TextLines
{
    /// <summary>The lines of <paramref name="text"/> from <paramref name="start"/> on; a final line break adds no empty line.</summary>
    public static List<TextLine> From(string text, int start)
    {
        var lines = new List<TextLine>();
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            lines.Add(new TextLine(start, end));
            start = end + 1;
        }

        return lines;
    }
}
