using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>What a run of text between quotation marks is.</summary>
internal enum QuotedKind
{
    /// <summary>A direct quotation.</summary>
    Quotation,

    /// <summary>One or two words: a scare quote, a term, or an utterance too short to report.</summary>
    ScareQuote,

    /// <summary>The name of a work, publication or programme.</summary>
    Title,
}

/// <summary>
/// Text between quotation marks that is not a quotation: scare quotes of one or two words, and names of works,
/// publications and programmes (“Le Monde”, “Face the Nation”), which are written in title case.
/// </summary>
internal static class NonQuoteRules
{
    /// <summary>Quoted runs shorter than this many words are scare quotes or terms, not quotations.</summary>
    public const int MinimumWords = 3;

    /// <summary>Longer title-case runs read as slogans or headlines rather than names of works.</summary>
    private const int MaximumTitleWords = 8;

    /// <summary>Words that stay lowercase inside a title.</summary>
    private static readonly HashSet<string> TitleMinorWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from",
        "as", "vs", "de", "la", "le", "du", "der", "von", "van",
    };

    public static QuotedKind Classify(string content)
    {
        var tokens = Tokenizer.Tokenize(content, TokenPolicy.Clauses);
        var words = 0;
        foreach (var token in tokens)
        {
            words += token.IsWord ? 1 : 0;
        }

        if (IsTitle(content, tokens, words))
        {
            return QuotedKind.Title;
        }

        return words >= MinimumWords ? QuotedKind.Quotation : QuotedKind.ScareQuote;
    }

    private static bool IsTitle(string content, Token[] tokens, int words)
    {
        if (words > MaximumTitleWords)
        {
            return false;
        }

        var first = true;
        var sentenceEnded = false;
        foreach (var token in tokens)
        {
            if (!token.IsWord)
            {
                sentenceEnded |= token.Kind == TokenKind.Punctuation && IsSentenceBreak(content[token.Start]);
                continue;
            }

            if (sentenceEnded)
            {
                return false;
            }

            var word = content.Substring(token.Start, token.End - token.Start);
            var capitalized = char.IsUpper(word[0]) || char.IsDigit(word[0]);
            if (!capitalized && (first || !TitleMinorWords.Contains(word)))
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>A title may end with a period or question mark, but never has a second sentence or clause after one.</summary>
    private static bool IsSentenceBreak(char c) => c is '.' or '?' or '!' or ';';
}
