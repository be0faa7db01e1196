using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Text;

/// <summary>
/// The shared text layer of one article: the sentence split of each paragraph (caption, title, heading), computed
/// once on first use and read by every stage (dates, events, quotes, key phrases), so none of them splits again.
/// </summary>
internal sealed class ArticleText
{
    private readonly Dictionary<string, List<(int Start, int End)>> _sentences = new(StringComparer.Ordinal);

    /// <summary>The sentences of <paramref name="text"/> (<see cref="Sentences.In"/>), split on the first request.</summary>
    public IReadOnlyList<(int Start, int End)> SentencesOf(string text)
    {
        if (!_sentences.TryGetValue(text, out var sentences))
        {
            _sentences[text] = sentences = Sentences.In(text);
        }

        return sentences;
    }
}
