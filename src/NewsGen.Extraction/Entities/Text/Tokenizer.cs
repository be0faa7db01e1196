using System.Collections.Generic;
using System.Globalization;

namespace NewsGen.Extraction.Entities.Text;

/// <summary>
/// Splits a segment into words and punctuation in one pass. Words keep inner hyphens and apostrophes
/// ("O'Neil", "Commander-in-Chief"), initials and dotted abbreviations keep their periods ("M.", "U.S."),
/// a possessive <c>'s</c> is dropped and flagged, and the first word of each sentence is flagged.
/// </summary>
internal static class Tokenizer
{
    public static Token[] Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                var token = ReadWord(text, ref i, sentenceStart);
                tokens.Add(token);
                sentenceStart = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                tokens.Add(new Token(i, 1, TokenFlags.None));
                if (c is '.' or '!' or '?' or ':')
                {
                    sentenceStart = !EndsAbbreviation(text, tokens);
                }

                i++;
            }
        }

        return tokens.ToArray();
    }

    private static Token ReadWord(string text, ref int i, bool sentenceStart)
    {
        var start = i;
        var flags = TokenFlags.Word | (sentenceStart ? TokenFlags.SentenceStart : TokenFlags.None);
        var letters = 0;
        var uppers = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c))
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    uppers += char.IsUpper(c) ? 1 : 0;
                }
                else if (char.IsDigit(c))
                {
                    flags |= TokenFlags.HasDigit;
                }

                i++;
            }
            else if (IsHyphen(c) && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)
            {
                flags |= TokenFlags.Hyphenated;
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                if (IsPossessiveS(text, i))
                {
                    var word = new Token(start, i - start, Classify(text, start, flags, letters, uppers) | TokenFlags.Possessive);
                    i += 2;
                    return word;
                }

                i++;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length && IsApostrophe(text[i]) && text[i - 1] == 's' && (i + 1 == text.Length || !char.IsLetter(text[i + 1])) && letters > 2)
        {
            var word = new Token(start, i - start, Classify(text, start, flags, letters, uppers) | TokenFlags.Possessive);
            i++;
            return word;
        }

        if (letters == 1 && uppers == 1 && i - start == 1 && i < text.Length && text[i] == '.')
        {
            var end = i + 1;
            while (end + 1 < text.Length && char.IsLetter(text[end]) && text[end + 1] == '.' && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))
            {
                end += 2;
            }

            var kind = end == i + 1 ? TokenFlags.Initial : TokenFlags.Dotted;
            i = end;
            return new Token(start, end - start, flags | TokenFlags.Capitalized | kind);
        }

        return new Token(start, i - start, Classify(text, start, flags, letters, uppers));
    }

    private static TokenFlags Classify(string text, int start, TokenFlags flags, int letters, int uppers)
    {
        if (char.IsUpper(text[start]) || char.GetUnicodeCategory(text[start]) == UnicodeCategory.TitlecaseLetter)
        {
            flags |= TokenFlags.Capitalized;
        }

        if (letters >= 2 && uppers == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        return flags;
    }

    /// <summary>A period after an initial, a dotted abbreviation or a short capitalized abbreviation ("Gen.") ends no sentence.</summary>
    private static bool EndsAbbreviation(string text, List<Token> tokens)
    {
        if (tokens.Count < 2 || text[tokens[tokens.Count - 1].Start] != '.')
        {
            return false;
        }

        var previous = tokens[tokens.Count - 2];
        if (previous.End != tokens[tokens.Count - 1].Start || !previous.IsWord)
        {
            return false;
        }

        return previous.Has(TokenFlags.Initial) || Lexicon.WordLists.IsAbbreviation(text.Substring(previous.Start, previous.Length));
    }

    private static bool IsPossessiveS(string text, int apostrophe) =>
        (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S')
        && (apostrophe + 2 == text.Length || !IsWordChar(text[apostrophe + 2]));

    private static bool IsWordChar(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
