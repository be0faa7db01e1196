using System.Collections.Generic;

namespace NewsGen.Extraction.Validation.Names;

/// <summary>
/// The words of a written name that can carry a spelling: capitalized words of at least three letters, without a
/// possessive ending. Initials and particles are left out, since they are abbreviations rather than spellings.
/// </summary>
public static class NameTokens
{
    private const int MinimumLength = 3;

    /// <summary>The spelling-bearing words of <paramref name="name"/>, in order.</summary>
    public static IReadOnlyList<string> Of(string name)
    {
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && IsWordChar(name, i, start >= 0);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                Add(tokens, name.Substring(start, i - start));
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>
    /// Finds <paramref name="token"/> as a whole word in <paramref name="text"/> between <paramref name="start"/> and
    /// <paramref name="start"/> + <paramref name="length"/>; -1 when it is not there.
    /// </summary>
    public static int IndexOfWord(string text, string token, int start, int length)
    {
        var end = System.Math.Min(text.Length, start + length);
        var at = start < 0 || start >= text.Length ? -1 : text.IndexOf(token, start, end - start, System.StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetter(text[at - 1]);
            var afterIndex = at + token.Length;
            var after = afterIndex >= text.Length || !char.IsLetter(text[afterIndex]);
            if (before && after)
            {
                return at;
            }

            at = afterIndex >= end ? -1 : text.IndexOf(token, afterIndex, end - afterIndex, System.StringComparison.Ordinal);
        }

        return -1;
    }

    private static bool IsWordChar(string text, int i, bool inWord)
    {
        var c = text[i];
        if (char.IsLetter(c))
        {
            return true;
        }

        // An apostrophe or hyphen belongs to the word only between two letters (O'Neill, Smith-Jones).
        return inWord && (c is '\'' or '\u2019' or '-') && i + 1 < text.Length && char.IsLetter(text[i + 1]);
    }

    private static void Add(List<string> tokens, string word)
    {
        var token = StripPossessive(word);
        if (token.Length >= MinimumLength && char.IsUpper(token[0]))
        {
            tokens.Add(token);
        }
    }

    private static string StripPossessive(string word) =>
        word.Length > 2 && (word[word.Length - 2] is '\'' or '\u2019') && word[word.Length - 1] is 's' or 'S'
            ? word.Substring(0, word.Length - 2)
            : word;
}
