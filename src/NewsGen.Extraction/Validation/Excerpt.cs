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
    public static string Of(string text, int maxLength = DefaultLength)
    {
        var builder = new StringBuilder(System.Math.Min(text.Length, maxLength + 1));
        var pendingSpace = false;
        foreach (var c in text)
        {
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
