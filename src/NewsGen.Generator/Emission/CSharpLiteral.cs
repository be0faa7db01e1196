using System.Globalization;
using System.Text;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Writes text as C# string literals. Escaping is total: everything that could end the literal or the line, hide or
/// reorder text (control and format characters, including bidirectional overrides), or that is not a printable
/// character of the Basic Multilingual Plane is written as an escape, so the generated file is safe to read and diff.
/// </summary>
internal static class CSharpLiteral
{
    /// <summary>A regular literal, for identifiers, names and other short strings (case labels must be constants).</summary>
    public static string String(string text) => Quote(text, suffix: string.Empty);

    /// <summary>
    /// A UTF-8 literal (<c>"…"u8</c>), for content text: it lives in the assembly's data, not in the user-string heap,
    /// which cannot hold more than 16 MB of literals (CS8103).
    /// </summary>
    public static string Utf8(string text) => Quote(text, suffix: "u8");

    /// <summary>A literal <c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An integer literal.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A <c>long</c> literal.</summary>
    public static string Long(long value) => value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>A <c>double</c> literal that reads back as the same value (finite values only).</summary>
    public static string Double(double value) => value.ToString("R", CultureInfo.InvariantCulture) + "D";

    /// <summary>A <c>decimal</c> literal, with its scale (<c>1.50M</c>).</summary>
    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture) + "M";

    private static string Quote(string text, string suffix)
    {
        var builder = new StringBuilder(text.Length + 2 + suffix.Length);
        builder.Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, text[++i]).ToString("X8", CultureInfo.InvariantCulture));
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append("\\uFFFD");
            }
            else
            {
                AppendChar(builder, c);
            }
        }

        return builder.Append('"').Append(suffix).ToString();
    }

    private static void AppendChar(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '"':
                builder.Append("\\\"");
                return;
            case '\\':
                builder.Append("\\\\");
                return;
            case '\n':
                builder.Append("\\n");
                return;
            case '\t':
                builder.Append("\\t");
                return;
        }

        if (NeedsEscape(c))
        {
            builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(c);
        }
    }

    private static bool NeedsEscape(char c) =>
        c != ' ' && char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.SpaceSeparator or UnicodeCategory.PrivateUse
                or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate => true,
            _ => false,
        };
}
