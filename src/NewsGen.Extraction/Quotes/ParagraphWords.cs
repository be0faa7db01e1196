using System;
using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// A body paragraph split into tokens, with the sentence and word tests attribution needs. Its tokens and sentences
/// are those of the article's shared text layer (<see cref="ArticleText"/>), not a split of its own.
/// </summary>
internal sealed class ParagraphWords
{
    /// <summary>What is known of each token (<see cref="Marks"/>), in one array rather than one per question.</summary>
    private readonly Marks[] _marks;

    /// <summary>
    /// The tokens that end a sentence, in order: a token's sentence number is the count of those before it, and
    /// with the number they give its first and last token (a table per token would cost more than it saves).
    /// </summary>
    private readonly int[] _sentenceEnds;

    /// <summary>The quoted tokens before each token, made for the first question about a range.</summary>
    private int[]? _quotedBefore;

    /// <summary>Per sentence, computed once: the pronoun it opens with.</summary>
    private Pronoun[]? _openingPronouns;

    public ParagraphWords(Paragraph paragraph, int position, ArticleText shared)
    {
        Paragraph = paragraph;
        Position = position;
        Tokens = shared.TokensOf(paragraph, TokenPolicy.Clauses);
        _marks = new Marks[Tokens.Length];
        _sentenceEnds = MarkSentenceEnds(shared.SentencesOf(paragraph.Text));
    }

    /// <summary>What is known of a token.</summary>
    [Flags]
    private enum Marks : byte
    {
        None = 0,

        /// <summary>Inside a reported quotation, set by <see cref="MarkQuoted"/>.</summary>
        Quoted = 1,

        /// <summary>The mark that ends a sentence of the shared split.</summary>
        EndsSentence = 2,

        /// <summary>Ends a known name that is not possessive, set by <see cref="AddNameEnd"/>.</summary>
        NameEnd = 4,

        /// <summary>Whether it is a speech verb has been computed (<see cref="IsSpeechVerb"/>); <see cref="SpeechVerb"/> holds the answer.</summary>
        SpeechVerbKnown = 8,

        SpeechVerb = 16,
    }

    public Paragraph Paragraph { get; }

    /// <summary>Position of the paragraph in the article's paragraph list.</summary>
    public int Position { get; }

    public string Text => Paragraph.Text;

    /// <summary>
    /// The tokens read as clauses, shared with the entity stage where the readings agree: a word's extent is
    /// <see cref="Token.Start"/> to <see cref="Token.WrittenEnd"/>, a possessive <c>'s</c> the shared token leaves out included.
    /// </summary>
    public Token[] Tokens { get; }

    /// <summary>Records that token <paramref name="t"/> ends a known name that is not possessive.</summary>
    public void AddNameEnd(int t) => _marks[t] |= Marks.NameEnd;

    /// <summary>Whether token <paramref name="t"/> ends a known name that is not possessive, once names are found.</summary>
    public bool IsNameEnd(int t) => t >= 0 && (_marks[t] & Marks.NameEnd) != 0;

    /// <summary>Marks tokens <paramref name="first"/>..<paramref name="last"/> (marks included) as a quotation; call before any question about words.</summary>
    public void MarkQuoted(int first, int last)
    {
        for (var t = Math.Max(first, 0); t <= last && t < Tokens.Length; t++)
        {
            _marks[t] |= Marks.Quoted;
        }
    }

    /// <summary>Whether token <paramref name="t"/> is inside a quotation (the reporter's words are outside).</summary>
    public bool IsQuoted(int t) => t >= 0 && t < Tokens.Length && (_marks[t] & Marks.Quoted) != 0;

    /// <summary>
    /// Whether tokens [<paramref name="from"/>, <paramref name="to"/>) hold a word outside quotations. Asked of the
    /// words before a quote in its sentence, which attribution has just read and which are at most a lookback long, so
    /// reading them again costs less than a table of counts per paragraph.
    /// </summary>
    public bool HasReporterWords(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (Tokens[t].IsWord && (_marks[t] & Marks.Quoted) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether tokens [<paramref name="from"/>, <paramref name="to"/>) hold a quoted token.</summary>
    public bool HasQuoted(int from, int to)
    {
        var before = _quotedBefore ??= QuotedBefore();
        return to > from && before[to] - before[from] > 0;
    }

    /// <summary>Per token, the quoted tokens before it, for counts over any range.</summary>
    private int[] QuotedBefore()
    {
        var before = new int[Tokens.Length + 1];
        for (var t = 0; t < Tokens.Length; t++)
        {
            before[t + 1] = before[t] + ((_marks[t] & Marks.Quoted) != 0 ? 1 : 0);
        }

        return before;
    }

    /// <summary>
    /// The text of token <paramref name="t"/>, cut anew at each call: most tokens asked for are asked once, so a table
    /// of texts per paragraph would cost more than the few texts cut twice.
    /// </summary>
    public string this[int t] => Text.Substring(Tokens[t].Start, Tokens[t].WrittenLength);

    /// <summary>Whether token <paramref name="t"/> is a word of <paramref name="words"/> (a set made by <see cref="WordClasses.InPlace"/>), looked up in place.</summary>
    public bool IsIn(int t, TextRangeMap<string> words) => IsWord(t) && words.TryGetValue(Text, Tokens[t].Start, Tokens[t].WrittenLength, out _);

    /// <summary>Whether token <paramref name="t"/> ends in <paramref name="suffix"/>, compared in place.</summary>
    public bool EndsWith(int t, string suffix, StringComparison comparison = StringComparison.Ordinal) =>
        Tokens[t].WrittenLength >= suffix.Length
        && string.Compare(Text, Tokens[t].Start + Tokens[t].WrittenLength - suffix.Length, suffix, 0, suffix.Length, comparison) == 0;

    /// <summary>The first character of token <paramref name="t"/>, without cutting out its text.</summary>
    public char FirstChar(int t) => Text[Tokens[t].Start];

    public bool IsWord(int t) => t >= 0 && t < Tokens.Length && Tokens[t].IsWord;

    public bool IsPunctuation(int t, char c) => t >= 0 && t < Tokens.Length && Tokens[t].Is(Text, c);

    public bool IsLowercaseWord(int t) => IsWord(t) && char.IsLower(FirstChar(t));

    /// <summary>
    /// Whether token <paramref name="t"/> is a speech verb. A form that is also a noun (“tweets”, “calls”) never counts
    /// after a determiner (“her remarks”), and otherwise only after a known name (<see cref="IsNameEnd"/>), a pronoun
    /// or a parenthesis (adverbs skipped), or before “that”, a colon or a comma.
    /// </summary>
    public bool IsSpeechVerb(int t)
    {
        if (!IsWord(t))
        {
            return false;
        }

        if ((_marks[t] & Marks.SpeechVerbKnown) == 0)
        {
            _marks[t] |= Marks.SpeechVerbKnown | (ComputeIsSpeechVerb(t) ? Marks.SpeechVerb : Marks.None);
        }

        return (_marks[t] & Marks.SpeechVerb) != 0;
    }

    private bool ComputeIsSpeechVerb(int t)
    {
        if (!Lexicon.IsSpeechVerbForm(Text, Tokens[t].Start, Tokens[t].WrittenLength))
        {
            return false;
        }

        var word = this[t];
        if (Lexicon.SpeechVerbs.Contains(word) || (char.IsUpper(FirstChar(t)) && StartsSentence(t) && Lexicon.SpeechVerbs.Contains(word.ToLowerInvariant())))
        {
            return true;
        }

        if (!Lexicon.AmbiguousSpeechVerbs.Contains(word) || IsIn(t - 1, FunctionWords.Determiners))
        {
            return false;
        }

        var before = t - 1;
        while (IsWord(before) && (EndsWith(before, "ly") || IsIn(before, VerbContext.Adverbs)))
        {
            before--;
        }

        var afterSubject = IsNameEnd(before) || IsPronoun(before, out _) || IsPunctuation(before, ')');
        return afterSubject || WordIs(t + 1, "that") || IsPunctuation(t + 1, ':') || IsPunctuation(t + 1, ',');
    }

    /// <summary>The first token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAt(int offset) =>
        SortedSearch.FirstAtLeast(Tokens, Tokens.Length, offset, static (tokens, i) => tokens[i].Start);

    /// <summary>Whether token <paramref name="t"/> is the period, question or exclamation mark that ends a sentence.</summary>
    public bool EndsSentence(int t) => (_marks[t] & Marks.EndsSentence) != 0;

    /// <summary>
    /// Marks the mark ending each sentence of the shared split, as a token: the last <c>. ! ?</c> before the closing
    /// quotes or brackets that end the sentence. Those closers open the next sentence here, as the quotation's own
    /// token. Returns the marked tokens in order.
    /// </summary>
    private int[] MarkSentenceEnds(IReadOnlyList<(int Start, int End)> sentences)
    {
        var count = 0;
        // Indexed rather than enumerated: the list's enumerator through the interface is an object per paragraph.
        for (var s = 0; s < sentences.Count; s++)
        {
            var (start, end) = sentences[s];
            var last = end;
            while (last > start && (char.IsWhiteSpace(Text[last - 1]) || Lexicon.IsClosingMark(Text[last - 1])))
            {
                last--;
            }

            if (last > start && Text[last - 1] is '.' or '!' or '?')
            {
                var t = TokenAt(last - 1);
                if (t < Tokens.Length && Tokens[t].Start == last - 1 && !Tokens[t].IsWord && (_marks[t] & Marks.EndsSentence) == 0)
                {
                    _marks[t] |= Marks.EndsSentence;
                    count++;
                }
            }
        }

        var ends = new int[count];
        for (int t = 0, e = 0; e < count; t++)
        {
            if ((_marks[t] & Marks.EndsSentence) != 0)
            {
                ends[e++] = t;
            }
        }

        return ends;
    }

    /// <summary>The first token of the sentence that holds token <paramref name="t"/>, not looking before <paramref name="from"/>.</summary>
    public int SentenceStart(int from, int t)
    {
        var sentence = SentenceOf(t);
        return Math.Max(from, sentence > 0 ? _sentenceEnds[sentence - 1] + 1 : 0);
    }

    /// <summary>The token that ends the sentence going on at <paramref name="from"/>, or <paramref name="limit"/>.</summary>
    public int SentenceEnd(int from, int limit)
    {
        if (from >= limit)
        {
            return limit;
        }

        return Math.Min(limit, EndOf(SentenceOf(from)));
    }

    /// <summary>The number of the sentence token <paramref name="t"/> belongs to, counting from 0 in this paragraph.</summary>
    public int SentenceOf(int t) => SortedSearch.FirstAtLeast(_sentenceEnds, _sentenceEnds.Length, t, static (ends, i) => ends[i]);

    /// <summary>The first token of sentence number <paramref name="sentence"/> of this paragraph, or the paragraph length.</summary>
    public int FirstTokenOf(int sentence) =>
        sentence == 0 ? 0 : sentence <= _sentenceEnds.Length ? _sentenceEnds[sentence - 1] + 1 : Tokens.Length;

    /// <summary>The pronoun sentence number <paramref name="sentence"/> opens with, past openers and quoted words, or none.</summary>
    public Pronoun OpeningPronoun(int sentence)
    {
        if (_openingPronouns is null)
        {
            var count = Tokens.Length == 0 ? 0 : SentenceOf(Tokens.Length - 1) + 1;
            _openingPronouns = new Pronoun[count];
            for (var s = 0; s < count; s++)
            {
                var first = FirstTokenOf(s);
                var end = EndOf(SentenceOf(first));
                var t = FunctionWords.SkipOpeners(this, first, Math.Min(end + 1, Tokens.Length));
                IsPronoun(t, out _openingPronouns[s]);
            }
        }

        return _openingPronouns[sentence];
    }

    /// <summary>The token ending sentence number <paramref name="sentence"/>, or the paragraph length for an unended last sentence.</summary>
    private int EndOf(int sentence) => sentence < _sentenceEnds.Length ? _sentenceEnds[sentence] : Tokens.Length;

    /// <summary>Whether token <paramref name="t"/> opens a sentence (“Said Brannock: …”).</summary>
    private bool StartsSentence(int t) => t == 0 || EndsSentence(t - 1);

    public bool IsPronoun(int t, out Pronoun pronoun)
    {
        pronoun = IsWord(t) ? Pronouns.Of(Text, Tokens[t].Start, Tokens[t].WrittenLength) : Pronoun.None;
        return pronoun != Pronoun.None;
    }

    /// <summary>Whether token <paramref name="t"/> is <paramref name="word"/> in any case, compared in place.</summary>
    public bool WordIs(int t, string word) =>
        IsWord(t) && Tokens[t].WrittenLength == word.Length && string.Compare(Text, Tokens[t].Start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
