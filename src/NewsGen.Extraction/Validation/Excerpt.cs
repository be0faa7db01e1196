using System.Text;

namespace NewsGen.Extraction.Validation;

/// <summary>Short, single-line quotations of article text for diagnostic messages.</summary>
public static class Excerpt
{
    /// <summary>The default number of characters a quoted excerpt keeps.</summary>
    public const int DefaultLength = 60;

    /// <summary>
    /// <paramref name="text"/> with runs of whitespace collapsed to one space and cut to <paramref name="maxLength"/>
    /// characters at a word boundary, marked with an ellipsis when cut.
    /// </summary>
    public static string Of(string text, int maxLength = DefaultLength) => Of(text, 0, stopAtLineEnd: false, maxLength);

    /// <summary>
    /// Like <see cref="Of(string, int)"/> for the rest of the line of <paramref name="text"/> from
    /// <paramref name="start"/>, read only as far as the excerpt needs: a long line with many diagnostics stays linear.
    /// </summary>
    public static string OfLineAt(string text, int start, int maxLength = DefaultLength) => Of(text, start, stopAtLineEnd: true, maxLength);

    private static string Of(string text, int start, bool stopAtLineEnd, int maxLength)
    {
        var builder = new StringBuilder(System.Math.Min(text.Length - start, maxLength + 1));
        var pendingSpace = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (stopAtLineEnd && c == '\n')
            {
                break;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > maxLength)
            {
                return Cut(builder.ToString(), maxLength);
            }
        }

        return builder.ToString();
    }

    private static string Cut(string text, int maxLength)
    {
        var cut = text.LastIndexOf(' ', maxLength);
        var end = cut > maxLength / 2 ? cut : maxLength;
        return text.Substring(0, end).TrimEnd() + "\u2026";
    }
}
