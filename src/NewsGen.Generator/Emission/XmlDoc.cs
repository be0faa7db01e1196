using System.Globalization;
using System.Text;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Text for <c>///</c> documentation comments: one line (a line break would end the comment and turn the rest into
/// code), XML-escaped, without characters XML forbids or that reorder text on screen, and cut to a readable length.
/// </summary>
internal static class XmlDoc
{
    private const int MaxLength = 300;

    /// <summary>
    /// <paramref name="text"/> as one escaped line of at most <paramref name="maxLength"/> characters (an ellipsis
    /// marks a cut).
    /// </summary>
    public static string Text(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(System.Math.Min(text.Length, maxLength) + 16);
        var pendingSpace = false;
        var i = 0;
        for (; i < text.Length && builder.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                Flush(builder, ref pendingSpace);
                builder.Append(c).Append(text[++i]);
                continue;
            }

            if (char.IsWhiteSpace(c) || IsHidden(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            Flush(builder, ref pendingSpace);
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                _ when char.IsSurrogate(c) => "\uFFFD",
                _ => c.ToString(),
            });
        }

        return i < text.Length ? builder.ToString().TrimEnd() + "\u2026" : builder.ToString();
    }

    private static void Flush(StringBuilder builder, ref bool pendingSpace)
    {
        if (pendingSpace)
        {
            builder.Append(' ');
            pendingSpace = false;
        }
    }

    private static bool IsHidden(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
            || c is '\uFFFE' or '\uFFFF';
}
