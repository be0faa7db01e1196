using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Validation.Names;

/// <summary>
/// The words of a written name that can carry a spelling: capitalized words of at least three letters, without a
/// possessive ending. Initials and particles are left out, since they are abbreviations rather than spellings.
/// </summary>
public static class NameTokens
{
    private const int MinimumLength = 3;

    /// <summary>The spelling-bearing words of <paramref name="name"/>, in order, as the one tokenizer reads names.</summary>
    public static IReadOnlyList<string> Of(string name)
    {
        var tokens = new List<string>();
        foreach (var token in Tokenizer.Tokenize(name, TokenPolicy.Names))
        {
            if (token.IsWord && token.IsCapitalized && token.Length >= MinimumLength && !token.Has(TokenFlags.HasDigit) && !token.Has(TokenFlags.Dotted))
            {
                tokens.Add(name.Substring(token.Start, token.Length));
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
}
