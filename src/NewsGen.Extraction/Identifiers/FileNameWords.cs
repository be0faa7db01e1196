using System.Collections.Generic;
using System.Linq;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// Decides whether a file name was chosen by a person (<c>geneva-talks</c>, <c>2018-04-19_nato-summit</c>) and so can
/// name the article, or was made by a machine (<c>000_bfda32527d1fa4f3</c>, a long URL slug). The rule:
/// <list type="bullet">
/// <item>the name is cut into tokens at every character that is not a letter or digit;</item>
/// <item>it is opaque when a token looks like a hash or a record number: letters and digits mixed in six or more
/// characters, or more than eight digits;</item>
/// <item>leading numbers (sequence numbers, dates) and dates anywhere (<c>2016-09-12</c>, <c>20160912</c>) are dropped,
/// a lone year after a word is kept (<c>us-election-2016</c>);</item>
/// <item>what remains must be one to <see cref="MaxWords"/> tokens with at least one real word (two or more letters)
/// that is not a generic file word (<c>article</c>, <c>untitled</c> …). Longer names are URL slugs, often cut off
/// mid-word, and read worse than a key phrase from the content.</item>
/// </list>
/// </summary>
public static class FileNameWords
{
    /// <summary>The most words a file name may have to be used as an identifier.</summary>
    public const int MaxWords = 5;

    private static readonly HashSet<string> GenericWords =
    [
        "article", "story", "news", "text", "document", "doc", "file", "untitled", "draft", "copy", "new", "item",
        "post", "page", "final", "sample", "test", "input", "seed", "index", "content",
    ];

    /// <summary>The words of <paramref name="fileName"/> (no extension) joined by spaces, or null when it is opaque.</summary>
    public static string? From(string fileName)
    {
        var tokens = Tokens(fileName);
        if (tokens.Any(IsOpaque))
        {
            return null;
        }

        var words = DropDates(tokens);
        var meaningful = words.Any(w => w.Count(char.IsLetter) >= 2 && !GenericWords.Contains(w.ToLowerInvariant()));
        return words.Count is > 0 and <= MaxWords && meaningful ? string.Join(" ", words) : null;
    }

    private static List<string> Tokens(string fileName)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= fileName.Length; i++)
        {
            var inToken = i < fileName.Length && char.IsLetterOrDigit(fileName[i]);
            if (inToken && start < 0)
            {
                start = i;
            }
            else if (!inToken && start >= 0)
            {
                tokens.Add(fileName.Substring(start, i - start));
                start = -1;
            }
        }

        return tokens;
    }

    private static bool IsOpaque(string token)
    {
        var digits = token.Count(char.IsDigit);
        return (digits > 0 && digits < token.Length && token.Length >= 6) || digits > 8;
    }

    private static List<string> DropDates(List<string> tokens)
    {
        var words = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsNumber(token) && words.Count == 0)
            {
                continue;
            }

            var datedYear = IsYear(token) && i + 1 < tokens.Count && IsNumber(tokens[i + 1]) && tokens[i + 1].Length <= 2;
            if (datedYear || (token.Length == 8 && IsNumber(token) && IsYear(token.Substring(0, 4))))
            {
                while (i + 1 < tokens.Count && IsNumber(tokens[i + 1]) && tokens[i + 1].Length <= 2)
                {
                    i++;
                }

                continue;
            }

            words.Add(token);
        }

        return words;
    }

    private static bool IsNumber(string token) => token.All(char.IsDigit);

    private static bool IsYear(string token) =>
        token.Length == 4 && IsNumber(token) && (token.StartsWith("19", System.StringComparison.Ordinal) || token.StartsWith("20", System.StringComparison.Ordinal));
}
