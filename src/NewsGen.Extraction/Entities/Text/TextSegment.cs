using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Text;

/// <summary>
/// One piece of article text scanned for entities (title, photo caption or credit, body paragraph) with its
/// tokens and which tokens an entity already claimed.
/// </summary>
internal sealed class TextSegment
{
    // What the finders learnt about each token, one entry per token from _firstState on: the states of all segments of
    // an article share one array per thread, which the next article's segments reuse (a new array for every segment
    // was a tenth of the entity stage's bytes).
    private readonly TokenState[] _states;

    private readonly int _firstState;

    [System.ThreadStatic]
    private static TokenState[]? _sharedStates;

    [System.ThreadStatic]
    private static int _sharedStatesUsed;

    private const WordClass LookedUp = (WordClass)(1 << 15);

    private bool? _isAllCaps;

    private int[]? _markedWords;

    // The text of each marked word once it was asked for, by its place in MarkedWords: the finders ask again and
    // again about capitalized words, and seldom about the others.
    private string?[]? _markedText;

    public TextSegment(int paragraph, string text, int start, Token[] tokens)
    {
        Paragraph = paragraph;
        Text = text;
        Start = start;
        Tokens = tokens;
        _states = TakeStates(tokens.Length, out _firstState);
        ReliableCase = CaseSignal.IsReliable(text, Tokens);
    }

    /// <summary>
    /// Lets the next segments made on this thread reuse the token states of the segments made before: called when an
    /// article's segments are read, once the last article's are no longer used.
    /// </summary>
    public static void ReuseStates() => _sharedStatesUsed = 0;

    /// <summary>Body paragraph index, -1 for the title, -2 for the photo caption and credit.</summary>
    public int Paragraph { get; }

    public string Text { get; }

    /// <summary>Offset of <see cref="Text"/> in the normalized article text.</summary>
    public int Start { get; }

    public Token[] Tokens { get; }

    /// <summary>False for title-case headlines and all-caps text, where capitals do not mark names.</summary>
    public bool ReliableCase { get; }

    /// <summary>Mostly capitals ("BREAKING NEWS: …"), where an all-caps word is no acronym; counted when an acronym asks, which few texts have.</summary>
    public bool IsAllCaps => _isAllCaps ??= CaseSignal.IsAllCaps(Tokens);

    /// <summary>
    /// The word tokens with a capital letter or a hyphen, in order: the only ones where a name can start or a
    /// hyphenated part can name a place or an acronym. Listed once, on first use, so each finder visits these instead
    /// of every token (about one word in six).
    /// </summary>
    public int[] MarkedWords => _markedWords ??= ListMarkedWords();

    /// <summary>The text of a token, cut from <see cref="Text"/> once for a marked word and at each question for another.</summary>
    public string this[int token]
    {
        get
        {
            var marked = MarkedWords;
            var place = StateOf(token).MarkedPlace - 1;
            if (place < 0)
            {
                return Cut(token);
            }

            _markedText ??= new string?[marked.Length];
            return _markedText[place] ??= Cut(token);
        }
    }

    /// <summary>Whether an entity already claimed a token.</summary>
    public bool IsClaimed(int token) => StateOf(token).Claimed;

    /// <summary>Whether a token can be part of a person's name, computed once by <paramref name="compute"/>.</summary>
    public bool IsNameWord(int token, System.Func<TextSegment, int, bool> compute) => Cached(Fact.NameWord, token, compute);

    /// <summary>Whether a token's word can stand in an organization's name, computed once by <paramref name="compute"/>: the organization finders ask up to three times for each capitalized word.</summary>
    public bool IsOrganizationWord(int token, System.Func<TextSegment, int, bool> compute) => Cached(Fact.OrganizationWord, token, compute);

    /// <summary>Whether a token is a title word ("President", "spokesmen"), computed once.</summary>
    public bool IsTitle(int token) => Cached(Fact.Title, token, static (segment, j) =>
        segment.Tokens[j].IsWord && WordLists.IsTitle(segment.Text, segment.Tokens[j].Start, segment.Tokens[j].Length, segment.ClassesOf(j)));

    /// <summary>Whether a token's word is in any of <paramref name="classes"/>' lists, looked up once per token.</summary>
    public bool IsIn(int token, WordClass classes) => (ClassesOf(token) & classes) != 0;

    /// <summary>Whether a token is a word of <paramref name="words"/>, looked up in place.</summary>
    public bool IsIn(int token, TextRangeMap<string> words) => Tokens[token].IsWord && words.TryGetValue(Text, Tokens[token].Start, Tokens[token].Length, out _);

    /// <summary>Whether a token is longer than <paramref name="suffix"/> and ends in it, compared in place.</summary>
    public bool EndsWith(int token, string suffix) =>
        Tokens[token].Length > suffix.Length
        && string.CompareOrdinal(Text, Tokens[token].Start + Tokens[token].Length - suffix.Length, suffix, 0, suffix.Length) == 0;

    /// <summary>The word table's classes of a token's word.</summary>
    public WordClass ClassesOf(int token)
    {
        var classes = StateOf(token).Classes;
        if (classes == WordClass.None)
        {
            classes = WordTable.Of(Text, Tokens[token].Start, Tokens[token].Length) | LookedUp;
            StateOf(token).Classes = classes;
        }

        return classes & ~LookedUp;
    }

    /// <summary>Cleared states for <paramref name="count"/> tokens, after the ones taken since <see cref="ReuseStates"/>.</summary>
    private static TokenState[] TakeStates(int count, out int first)
    {
        var states = _sharedStates;
        if (states is null || states.Length - _sharedStatesUsed < count)
        {
            // The segments that took states from the old array keep it; the next article starts on this one.
            states = _sharedStates = new TokenState[System.Math.Max(count, 2 * (states?.Length ?? 2048))];
            _sharedStatesUsed = 0;
        }

        first = _sharedStatesUsed;
        System.Array.Clear(states, first, count);
        _sharedStatesUsed += count;
        return states;
    }

    private ref TokenState StateOf(int token) => ref _states[_firstState + token];

    private int[] ListMarkedWords()
    {
        var count = 0;
        foreach (var token in Tokens)
        {
            count += IsMarked(token) ? 1 : 0;
        }

        var marked = new int[count];
        count = 0;
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (IsMarked(Tokens[i]))
            {
                marked[count++] = i;
                StateOf(i).MarkedPlace = count;
            }
        }

        return marked;
    }

    private string Cut(int token) => Text.Substring(Tokens[token].Start, Tokens[token].Length);

    private static bool IsMarked(Token token) =>
        token.IsWord && (token.IsCapitalized || token.Has(TokenFlags.AllCaps) || token.Has(TokenFlags.Hyphenated));

    private bool Cached(Fact fact, int token, System.Func<TextSegment, int, bool> compute)
    {
        var decided = 1 << (2 * (int)fact);
        var holds = decided << 1;
        if ((StateOf(token).Facts & decided) == 0)
        {
            // Computed before the byte is read again: computing one fact may decide another of the same token.
            var value = compute(this, token);
            StateOf(token).Facts |= (byte)(decided | (value ? holds : 0));
        }

        return (StateOf(token).Facts & holds) != 0;
    }

    /// <summary>Whether a token is <paramref name="word"/>, compared in place: most words are only ever compared with a few function words.</summary>
    public bool Is(int token, string word, System.StringComparison comparison = System.StringComparison.Ordinal) =>
        Tokens[token].Length == word.Length && string.Compare(Text, Tokens[token].Start, word, 0, word.Length, comparison) == 0;

    /// <summary>Whether a token is one of <paramref name="words"/>, compared in place like <see cref="Is"/>.</summary>
    public bool IsOneOf(int token, string[] words)
    {
        foreach (var word in words)
        {
            if (Is(token, word))
            {
                return true;
            }
        }

        return false;
    }

    public char CharAt(int token) => Text[Tokens[token].Start];

    public bool IsPunctuation(int token, char c) => token >= 0 && token < Tokens.Length && !Tokens[token].IsWord && Text[Tokens[token].Start] == c;

    /// <summary>The text from the first to the last token, inclusive, as written (one token's as <see cref="this[int]"/> cuts it, once for a marked word).</summary>
    public string Slice(int first, int last) => first == last ? this[first] : Text.Substring(Tokens[first].Start, Tokens[last].End - Tokens[first].Start);

    public Mention MentionOf(int first, int last) =>
        new(Paragraph, Start + Tokens[first].Start, Tokens[last].End - Tokens[first].Start, Slice(first, last));

    public bool AnyClaimed(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (StateOf(i).Claimed)
            {
                return true;
            }
        }

        return false;
    }

    public void Claim(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            StateOf(i).Claimed = true;
        }
    }

    /// <summary>A capitalized word whose capital means something: not sentence-initial in reliably cased text.</summary>
    public bool IsMeaningfullyCapitalized(int token) =>
        ReliableCase && Tokens[token].IsCapitalized && !Tokens[token].Has(TokenFlags.SentenceStart);

    /// <summary>The facts about a token kept in <see cref="TokenState.Facts"/>.</summary>
    private enum Fact
    {
        NameWord,
        Title,
        OrganizationWord,
    }

    private struct TokenState
    {
        /// <summary>The word table's classes of the token's word, with LookedUp set once they are.</summary>
        public WordClass Classes;

        /// <summary>Two bits for each cached fact: whether it is decided, and its value.</summary>
        public byte Facts;

        public bool Claimed;

        /// <summary>One more than the token's place in MarkedWords once they are listed, 0 for a token not marked.</summary>
        public int MarkedPlace;
    }
}
