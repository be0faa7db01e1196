using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// The closed word classes the quote stage reads clauses with, one <c>Data</c> list each. A rule never copies a class:
/// it takes the class and names what it adds or leaves out, and why, where the rule is written.
/// </summary>
internal static class WordClasses
{
    /// <summary>Subordinating conjunctions (“as”, “when”, “because”), from <c>Data/subordinators.txt</c>.</summary>
    public static IReadOnlyList<string> Subordinators { get; } = EmbeddedData.Lines("subordinators.txt");

    /// <summary>Relative pronouns and adverbs (“who”, “which”, “where”), from <c>Data/relative-words.txt</c>.</summary>
    public static IReadOnlyList<string> RelativeWords { get; } = EmbeddedData.Lines("relative-words.txt");
}

/// <summary>The words of one rule: classes, with the words the rule adds or leaves out, as a set.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;

    private WordSet(HashSet<string> words) => _words = words;

    /// <summary>The words of <paramref name="words"/>, compared by <paramref name="comparer"/>.</summary>
    public static WordSet Of(IEnumerable<string> words, StringComparer comparer) => new(new HashSet<string>(words, comparer));

    /// <summary>These words and <paramref name="words"/>.</summary>
    public WordSet Plus(IEnumerable<string> words)
    {
        _words.UnionWith(words);
        return this;
    }

    /// <summary>These words without <paramref name="words"/>.</summary>
    public WordSet Minus(IEnumerable<string> words)
    {
        _words.ExceptWith(words);
        return this;
    }

    public HashSet<string> ToSet() => _words;
}
