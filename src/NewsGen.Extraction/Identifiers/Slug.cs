using System.Globalization;
using System.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>URL slugs: lower-case words joined by hyphens.</summary>
public static class Slug
{
    /// <summary>
    /// <c>GenevaTalks2018</c> → <c>geneva-talks-2018</c>, <c>NORSECSummit</c> → <c>norsec-summit</c>,
    /// <c>geneva_talks</c> → <c>geneva-talks</c>. Words break at case changes, letter/digit changes and any other
    /// character; accents are dropped, other letters kept.
    /// </summary>
    public static string FromIdentifier(string identifier)
    {
        var text = identifier.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(text.Length + 8);
        var previous = '\0';
        var pendingBreak = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                pendingBreak = true;
                continue;
            }

            var next = NextBaseCharacter(text, i + 1);
            var caseBreak = char.IsUpper(c) && (char.IsLower(previous) || (char.IsUpper(previous) && char.IsLower(next)));
            var digitBreak = char.IsDigit(c) != char.IsDigit(previous);
            if (builder.Length > 0 && (pendingBreak || caseBreak || digitBreak))
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
            previous = c;
            pendingBreak = false;
        }

        return builder.ToString();
    }

    private static char NextBaseCharacter(string text, int index)
    {
        for (; index < text.Length; index++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(text[index]) != UnicodeCategory.NonSpacingMark)
            {
                return text[index];
            }
        }

        return '\0';
    }
}
