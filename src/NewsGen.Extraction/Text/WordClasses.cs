using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Text;

/// <summary>
/// The closed word classes (prepositions, subordinators, auxiliaries …), one <c>Data</c> list each, for every stage
/// that reads them: the quote stage's subject and verb rules, the event key phrase's verbs, the date stage's tense
/// patterns (<see cref="Alternation"/>), the stop words of names and title key words (<see cref="FunctionWords"/>).
/// A rule never copies a class: it makes a set of the class and names what it adds (<see cref="Plus"/>) or leaves
/// out (<see cref="Minus"/>), and why, where the rule is written.
/// </summary>
internal static class WordClasses
{
    /// <summary>Subordinating conjunctions (“as”, “when”, “because”), from <c>Data/subordinators.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Subordinators = EmbeddedData.Lines("subordinators.txt");

    /// <summary>Relative pronouns and adverbs (“who”, “which”, “where”), from <c>Data/relative-words.txt</c>.</summary>
    public static readonly IReadOnlyList<string> RelativeWords = EmbeddedData.Lines("relative-words.txt");

    /// <summary>Prepositions (“in”, “with”, “despite”), from <c>Data/prepositions.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Prepositions = EmbeddedData.Lines("prepositions.txt");

    /// <summary>Coordinating conjunctions (“and”, “but”, “or”), from <c>Data/coordinators.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Coordinators = EmbeddedData.Lines("coordinators.txt");

    /// <summary>Articles (“a”, “an”, “the”), from <c>Data/articles.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Articles = EmbeddedData.Lines("articles.txt");

    /// <summary>Demonstrative determiners (“this”, “those”), from <c>Data/demonstratives.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Demonstratives = EmbeddedData.Lines("demonstratives.txt");

    /// <summary>Possessive determiners (“her”, “their”), from <c>Data/possessives.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Possessives = EmbeddedData.Lines("possessives.txt");

    /// <summary>The forms of “be” (“is”, “was”, “been”), from <c>Data/be-forms.txt</c>.</summary>
    public static readonly IReadOnlyList<string> BeForms = EmbeddedData.Lines("be-forms.txt");

    /// <summary>The other auxiliaries: forms of “have” and “do” and the modals, from <c>Data/auxiliaries.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Auxiliaries = EmbeddedData.Lines("auxiliaries.txt");

    /// <summary>Personal pronouns, subject and object forms (“she”, “them”), from <c>Data/pronouns.txt</c>.</summary>
    public static readonly IReadOnlyList<string> Pronouns = EmbeddedData.Lines("pronouns.txt");

    /// <summary>Adverbs that stand before a verb (“also”, “later”, “never”), from <c>Data/verb-adverbs.txt</c>.</summary>
    public static readonly IReadOnlyList<string> VerbAdverbs = EmbeddedData.Lines("verb-adverbs.txt");

    /// <summary>
    /// The function words that name no one and carry no topic: articles, demonstratives, possessives, pronouns,
    /// relative words, coordinators, prepositions, forms of “be” and auxiliaries, for the stop words of names and of
    /// title key words.
    /// </summary>
    public static readonly IReadOnlyList<string> FunctionWords = Joined(Articles, Demonstratives, Possessives, Pronouns, RelativeWords, Coordinators, Prepositions, BeForms, Auxiliaries);

    /// <summary>The words of <paramref name="classes"/> as a regular expression alternation (<c>a|an|the|…</c>).</summary>
    public static string Alternation(params IReadOnlyList<string>[] classes) => string.Join("|", Joined(classes).ConvertAll(Regex.Escape));

    /// <summary>The set with <paramref name="words"/> added.</summary>
    public static HashSet<string> Plus(this HashSet<string> set, IEnumerable<string> words)
    {
        set.UnionWith(words);
        return set;
    }

    /// <summary>The set with <paramref name="words"/> left out.</summary>
    public static HashSet<string> Minus(this HashSet<string> set, IEnumerable<string> words)
    {
        set.ExceptWith(words);
        return set;
    }

    /// <summary>
    /// The ordinal set looked up in place, with its case rule (as written, or in any case): a word asked only whether
    /// it is in the set is not cut out of its text. Each word maps to itself.
    /// </summary>
    public static TextRangeMap<string> InPlace(this HashSet<string> set)
    {
        var words = new TextRangeMap<string>(ignoreCase: set.Comparer.Equals(StringComparer.OrdinalIgnoreCase), capacity: set.Count);
        foreach (var word in set)
        {
            words.Set(word, word);
        }

        return words;
    }

    private static List<string> Joined(params IReadOnlyList<string>[] classes)
    {
        var words = new List<string>();
        foreach (var wordClass in classes)
        {
            words.AddRange(wordClass);
        }

        return words;
    }
}
