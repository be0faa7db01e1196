using System.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>URL slugs: lower-case words joined by hyphens.</summary>
public static class Slug
{
    /// <summary><c>BakuTalks2018</c> → <c>baku-talks-2018</c>.</summary>
    public static string FromIdentifier(string identifier)
    {
        var builder = new StringBuilder(identifier.Length + 8);
        char previous = '\0';
        foreach (var c in identifier)
        {
            if (!char.IsLetterOrDigit(c))
            {
                continue;
            }

            var boundary = builder.Length > 0 &&
                ((char.IsUpper(c) && !char.IsUpper(previous)) || (char.IsDigit(c) != char.IsDigit(previous)));
            if (boundary)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
            previous = c;
        }

        return builder.ToString();
    }
}
