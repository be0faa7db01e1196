using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Text;

/// <summary>
/// The shared text layer of one article: the sentence split and the tokens of each paragraph (caption, title,
/// heading), computed once on first use and read by every stage (entities, dates, events, quotes, key phrases), so
/// none of them splits or tokenizes again.
/// </summary>
internal sealed class ArticleText
{
    // By reference: the stages ask with the structure's own strings (paragraphs, title, caption, headings), and
    // hashing a whole paragraph's text at each request cost more than a lookup should.
    private readonly Dictionary<string, List<(int Start, int End)>> _sentences = new(SameText.Instance);

    // By paragraph index: even a hash by reference cost the entity stage more than the shared tokens saved.
    private readonly List<Readings?> _tokens = new();

    /// <summary>
    /// The sentences of <paramref name="text"/> (<see cref="Sentences.In"/>; the structure's own string: texts are told
    /// apart by reference), split on the first request.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> SentencesOf(string text)
    {
        if (!_sentences.TryGetValue(text, out var sentences))
        {
            _sentences[text] = sentences = Sentences.In(text);
        }

        return sentences;
    }

    /// <summary>
    /// The tokens of a body paragraph read with <paramref name="policy"/>, tokenized on the first request: a text
    /// without a mark the policies read differently (<see cref="Tokenizer.Tokenize(string, TokenPolicy, out bool)"/>)
    /// is tokenized once for every policy, and the stages share its array, which none of them writes; a text with one
    /// gets its second reading from its first, reading again only the words that differ (<see cref="Tokenizer.Reread"/>). A word is then
    /// <see cref="Token.Start"/> to <see cref="Token.WrittenEnd"/> in every reading that keeps possessives.
    /// </summary>
    public Token[] TokensOf(Paragraph paragraph, TokenPolicy policy)
    {
        while (_tokens.Count <= paragraph.Index)
        {
            _tokens.Add(null);
        }

        if (_tokens[paragraph.Index] is not { } readings)
        {
            var tokens = Tokenizer.Tokenize(paragraph.Text, policy, out var policyMatters);
            _tokens[paragraph.Index] = new Readings(policy, tokens, policyMatters);
            return tokens;
        }

        return readings.Of(paragraph.Text, policy);
    }

    /// <summary>
    /// Forgets the tokens, once the last stage that reads them (quotes, after entities) is done: kept for the rest of
    /// the article, every paragraph's arrays would survive the later stages' collections and be promoted.
    /// </summary>
    public void ReleaseTokens() => _tokens.Clear();

    /// <summary>Strings compared by reference, hashed by identity.</summary>
    private sealed class SameText : IEqualityComparer<string>
    {
        public static readonly SameText Instance = new();

        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);

        public int GetHashCode(string text) => RuntimeHelpers.GetHashCode(text);
    }

    /// <summary>The tokens of one text: its first reading, and the other policy's reading when the policy matters.</summary>
    private sealed class Readings
    {
        private readonly TokenPolicy _policy;
        private readonly Token[] _tokens;
        private readonly bool _policyMatters;
        private TokenPolicy _otherPolicy;
        private Token[]? _other;

        public Readings(TokenPolicy policy, Token[] tokens, bool policyMatters)
        {
            _policy = policy;
            _tokens = tokens;
            _policyMatters = policyMatters;
        }

        public Token[] Of(string text, TokenPolicy policy)
        {
            if (policy == _policy || !_policyMatters)
            {
                return _tokens;
            }

            if (_other is null || _otherPolicy != policy)
            {
                _otherPolicy = policy;
                _other = Tokenizer.Reread(text, _tokens, policy);
            }

            return _other;
        }
    }
}
