using System.Collections.Generic;

namespace NewsGen.Extraction.Quotes;

/// <summary>Splits a paragraph into words and punctuation, keeping abbreviations and contractions whole.</summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, start, i));
            }
            else
            {
                var kind = QuoteMarks.IsDoubleMark(c) ? TokenKind.QuoteMark : TokenKind.Punctuation;
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
                tokens.Add(new Token(kind, i, i + length));
                i += length;
            }
        }

        return tokens.ToArray();
    }

    /// <summary>Word text without a trailing possessive (<c>Finland’s</c> → <c>Finland</c>), apostrophes unified.</summary>
    public static string Normalize(string word)
    {
        word = word.Replace('\u2019', '\'');
        if (word.EndsWith("'s", System.StringComparison.Ordinal) && word.Length > 2)
        {
            return word.Substring(0, word.Length - 2);
        }

        return word;
    }

    /// <summary>An apostrophe, hyphen, period or ampersand between two letters or digits belongs to the word.</summary>
    private static bool IsInnerJoiner(string text, int i)
    {
        var c = text[i];
        return (c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&')
            && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
    }
}
