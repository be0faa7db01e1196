using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// The fallback name of a story: the first <see cref="MaxWords"/> words of its title that are not stop words
/// (<c>Data/title-stop-words.txt</c>), possessive <c>'s</c> removed. Acronyms such as <c>US</c> are kept even when their lower-case form is a stop word.
/// </summary>
public static class TitleKeyWords
{
    /// <summary>The most title words a name takes.</summary>
    public const int MaxWords = 4;

    private static readonly Lazy<HashSet<string>> StopWords =
        new(() => new HashSet<string>(EmbeddedData.Lines("title-stop-words.txt"), StringComparer.OrdinalIgnoreCase));

    private static readonly Regex Word = new(@"[\p{L}\p{N}][\p{L}\p{N}\p{Mn}\-]*(?:['’]\p{L}+)*", RegexOptions.CultureInvariant);

    /// <summary>The key words of <paramref name="title"/> joined by spaces (empty when it has none).</summary>
    public static string From(string title) =>
        string.Join(" ", Word.Matches(title).Cast<Match>().Select(m => m.Value.Replace('\u2019', '\'')).Where(IsKeyWord).Select(WithoutPossessive).Take(MaxWords));

    private static bool IsKeyWord(string word) => !StopWords.Value.Contains(word) || IsAcronym(word);

    private static string WithoutPossessive(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) ? word.Substring(0, word.Length - 2) : word;

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));
}
