using System.Text;

namespace NewsGen.Extraction.Metadata;

/// <summary>How front-matter keys meet C# names, and how kinds of values are named in messages.</summary>
public static class MetadataKeys
{
    /// <summary>
    /// The form keys and names are compared in: lower case without <c>_</c> and <c>-</c>, so <c>CanonicalUrl</c>,
    /// <c>canonicalUrl</c>, <c>canonical_url</c> and <c>canonical-url</c> are one key.
    /// </summary>
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c != '_' && c != '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary><c>CanonicalUrl</c> → <c>canonical_url</c>: the key as messages and docs write it.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>What one value of <paramref name="kind"/> is, for messages.</summary>
    public static string Singular(MetadataKind kind) =>
        kind switch
        {
            MetadataKind.String => "text",
            MetadataKind.Bool => "true or false",
            MetadataKind.Int => "a whole number",
            MetadataKind.Long => "a whole number",
            MetadataKind.Double => "a number",
            MetadataKind.Decimal => "a number",
            MetadataKind.DateOnly => "a date written YYYY-MM-DD",
            MetadataKind.DateTimeOffset => "a date and time written YYYY-MM-DDTHH:MM:SS+HH:MM",
            MetadataKind.Uri => "an absolute URL such as https://example.com/page",
            MetadataKind.Enum => "one of the enum's members",
            _ => "a value",
        };

    /// <summary>What a list of <paramref name="kind"/> holds, for messages.</summary>
    public static string Plural(MetadataKind kind) =>
        kind switch
        {
            MetadataKind.String => "text",
            MetadataKind.Bool => "true or false values",
            MetadataKind.Int or MetadataKind.Long => "whole numbers",
            MetadataKind.Double or MetadataKind.Decimal => "numbers",
            MetadataKind.DateOnly => "dates",
            MetadataKind.DateTimeOffset => "dates and times",
            MetadataKind.Uri => "URLs",
            MetadataKind.Enum => "enum members",
            _ => "values",
        };
}
