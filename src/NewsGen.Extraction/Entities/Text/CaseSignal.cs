using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Text;

/// <summary>Tells whether capital letters in a text mark names: not in Title Case Headlines nor ALL CAPS.</summary>
internal static class CaseSignal
{
    private const int MaxHeadlineWords = 30;

    /// <summary>
    /// A text is in Title Case when it has a few capitalized words and no lowercase word of three letters or
    /// more but the short function words that Title Case leaves lowercase; a sentence full of names still has
    /// a lowercase verb or noun ("met").
    /// </summary>
    public static bool IsReliable(string text, Token[] tokens)
    {
        var words = 0;
        var capitalized = 0;
        foreach (var token in tokens)
        {
            if (IsCountedWord(token))
            {
                words++;
                capitalized += token.IsCapitalized ? 1 : 0;
                if (words > MaxHeadlineWords)
                {
                    // Most texts are body paragraphs, decided here without reading the rest.
                    return true;
                }
            }
        }

        // Only short capitalized texts need the word-by-word look.
        if (capitalized < 3)
        {
            return true;
        }

        var lowercase = 0;
        var allCaps = 0;
        foreach (var token in tokens)
        {
            if (!IsCountedWord(token))
            {
                continue;
            }

            allCaps += token.Has(TokenFlags.AllCaps) && token.Length >= 4 ? 1 : 0;
            if (!token.IsCapitalized && token.Length >= 3 && !IsTitleCaseLowercase(text, token))
            {
                lowercase++;
            }
        }

        return lowercase > 0 && allCaps * 2 < words;
    }

    /// <summary>Most longer words in capitals: acronyms mean nothing there.</summary>
    public static bool IsAllCaps(Token[] tokens)
    {
        var longWords = 0;
        var allCaps = 0;
        foreach (var token in tokens)
        {
            if (token.IsWord && token.Length >= 4 && !token.Has(TokenFlags.HasDigit))
            {
                longWords++;
                allCaps += token.Has(TokenFlags.AllCaps) ? 1 : 0;
            }
        }

        return longWords >= 3 && allCaps * 2 >= longWords;
    }

    private static readonly string[] TitleCaseLowercase = ["the", "and", "but", "for", "nor", "from", "with", "into", "onto", "upon", "over", "than", "via", "off", "out", "per"];

    private static bool IsCountedWord(Token token) => token.IsWord && !token.Has(TokenFlags.HasDigit);

    private static bool IsTitleCaseLowercase(string text, Token token)
    {
        foreach (var word in TitleCaseLowercase)
        {
            if (word.Length == token.Length && string.CompareOrdinal(text, token.Start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
