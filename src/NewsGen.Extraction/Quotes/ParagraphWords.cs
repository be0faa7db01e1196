using System;
using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>A body paragraph split into tokens, with the sentence and word tests attribution needs.</summary>
internal sealed class ParagraphWords
{
    /// <summary>Token texts, cut out on first use: most tokens of an article are never looked at.</summary>
    private readonly string?[] _words;

    private int[]? _sentences;

    public ParagraphWords(Paragraph paragraph, int position)
    {
        Paragraph = paragraph;
        Position = position;
        Tokens = Tokenizer.Tokenize(paragraph.Text);
        _words = new string?[Tokens.Length];
    }

    public Paragraph Paragraph { get; }

    /// <summary>Position of the paragraph in the article's paragraph list.</summary>
    public int Position { get; }

    public string Text => Paragraph.Text;

    public Token[] Tokens { get; }

    /// <summary>The last tokens of the known names in this paragraph that are not possessive, once names are found.</summary>
    public HashSet<int> NameEnds { get; } = new();

    /// <summary>Token ranges (first, last inclusive) of the quotations found in this paragraph, marks included.</summary>
    public List<(int First, int Last)> QuotedTokens { get; } = new();

    /// <summary>Whether token <paramref name="t"/> is inside a quotation (the reporter's words are outside).</summary>
    public bool IsQuoted(int t)
    {
        foreach (var (first, last) in QuotedTokens)
        {
            if (t >= first && t <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text of token <paramref name="t"/>.</summary>
    public string this[int t] => _words[t] ??= Text.Substring(Tokens[t].Start, Tokens[t].End - Tokens[t].Start);

    /// <summary>The first character of token <paramref name="t"/>, without cutting out its text.</summary>
    public char FirstChar(int t) => Text[Tokens[t].Start];

    public bool IsWord(int t) => t >= 0 && t < Tokens.Length && Tokens[t].IsWord;

    public bool IsPunctuation(int t, char c) => t >= 0 && t < Tokens.Length && Tokens[t].Is(Text, c);

    public bool IsLowercaseWord(int t) => IsWord(t) && char.IsLower(FirstChar(t));

    /// <summary>
    /// Whether token <paramref name="t"/> is a speech verb. A form that is also a noun (“tweets”, “calls”) counts only
    /// after a known name (<see cref="NameEnds"/>), a pronoun or a parenthesis (adverbs skipped), or before “that”, a
    /// colon or a comma.
    /// </summary>
    public bool IsSpeechVerb(int t)
    {
        if (!IsWord(t))
        {
            return false;
        }

        if (WordLists.SpeechVerbs.Contains(this[t]) || (char.IsUpper(FirstChar(t)) && StartsSentence(t) && WordLists.SpeechVerbs.Contains(this[t].ToLowerInvariant())))
        {
            return true;
        }

        if (!WordLists.AmbiguousSpeechVerbs.Contains(this[t]))
        {
            return false;
        }

        var before = t - 1;
        while (IsWord(before) && (this[before].EndsWith("ly", StringComparison.Ordinal) || this[before] is "also" or "then" or "again" or "later"))
        {
            before--;
        }

        var afterSubject = NameEnds.Contains(before) || IsPronoun(before, out _) || IsPunctuation(before, ')');
        return afterSubject || WordIs(t + 1, "that") || IsPunctuation(t + 1, ':') || IsPunctuation(t + 1, ',');
    }

    /// <summary>The first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset)
    {
        int low = 0, high = Tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Tokens[middle].Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Whether token <paramref name="t"/> is a period, question or exclamation mark that ends a sentence.</summary>
    public bool EndsSentence(int t)
    {
        if (!Tokens[t].IsWord && Tokens[t].Kind == TokenKind.Punctuation)
        {
            var c = Text[Tokens[t].Start];
            if (c is '!' or '?' or '\u2026')
            {
                return !IsLowercaseWord(t + 1);
            }

            if (c == '.')
            {
                return !IsLowercaseWord(t + 1) && !IsPunctuation(t + 1, ')') && !IsPunctuation(t + 1, ',') && !IsPunctuation(t + 1, ';')
                    && !(t + 1 < Tokens.Length && IsAbbreviation(t - 1, t));
            }
        }

        return false;
    }

    /// <summary>The first token of the sentence that holds token <paramref name="t"/>, not looking before <paramref name="from"/>.</summary>
    public int SentenceStart(int from, int t)
    {
        for (var i = t - 1; i >= from; i--)
        {
            if (EndsSentence(i))
            {
                return i + 1;
            }
        }

        return from;
    }

    /// <summary>The token that ends the sentence going on at <paramref name="from"/>, or <paramref name="limit"/>.</summary>
    public int SentenceEnd(int from, int limit)
    {
        for (var t = from; t < limit; t++)
        {
            if (EndsSentence(t))
            {
                return t;
            }
        }

        return limit;
    }

    /// <summary>The number of the sentence token <paramref name="t"/> belongs to, counting from 0 in this paragraph.</summary>
    public int SentenceOf(int t)
    {
        if (_sentences is null)
        {
            _sentences = new int[Tokens.Length];
            var sentence = 0;
            for (var i = 0; i < Tokens.Length; i++)
            {
                _sentences[i] = sentence;
                sentence += EndsSentence(i) ? 1 : 0;
            }
        }

        return _sentences[t];
    }

    /// <summary>The first token of sentence number <paramref name="sentence"/> of this paragraph.</summary>
    public int FirstTokenOf(int sentence)
    {
        int low = 0, high = Tokens.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (SentenceOf(middle) < sentence)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Whether token <paramref name="t"/> opens a sentence (“Said Ellis: …”).</summary>
    private bool StartsSentence(int t) => t == 0 || EndsSentence(t - 1);

    /// <summary>A word glued to the period after it that is a known abbreviation, an initial or a dotted short form (U.S.).</summary>
    private bool IsAbbreviation(int word, int period)
    {
        if (!IsWord(word) || Tokens[word].End != Tokens[period].Start)
        {
            return false;
        }

        var text = this[word];
        return (text.Length == 1 && char.IsUpper(text[0]))
            || text.IndexOf('.') >= 0
            || WordLists.PeriodAbbreviations.Contains(text);
    }

    public bool IsPronoun(int t, out Pronoun pronoun)
    {
        pronoun = IsWord(t) ? Pronouns.Of(this[t]) : Pronoun.None;
        return pronoun != Pronoun.None;
    }

    public bool WordIs(int t, string word) => IsWord(t) && string.Equals(this[t], word, StringComparison.OrdinalIgnoreCase);
}
