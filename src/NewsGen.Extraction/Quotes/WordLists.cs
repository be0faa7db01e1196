using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>The word lists quote attribution reads from <c>Data/*.txt</c>, loaded once per process.</summary>
internal static class WordLists
{
    /// <summary>Declared first: static initializers run in text order and the lists below need it.</summary>
    private static readonly char[] Separators = { ' ', '\t' };

    /// <summary>Forms of speech verbs that are only verbs (lowercase).</summary>
    public static HashSet<string> SpeechVerbs { get; } = Words("speech-verbs.txt", ambiguous: false);

    /// <summary>Forms of speech verbs that are also common nouns (“tweets”, “calls”), marked * in the list.</summary>
    public static HashSet<string> AmbiguousSpeechVerbs { get; } = Words("speech-verbs.txt", ambiguous: true);

    /// <summary>Nouns for people who speak for an organization by their post (“officials”, “a spokeswoman”).</summary>
    public static HashSet<string> RepresentativeNouns { get; } = EmbeddedData.Set("representative-nouns.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after which a period does not end a sentence.</summary>
    public static HashSet<string> PeriodAbbreviations { get; } = Words("period-abbreviations.txt", ambiguous: false);

    /// <summary>The words of a list; with <paramref name="ambiguous"/> only those marked *, else only those unmarked.</summary>
    private static HashSet<string> Words(string fileName, bool ambiguous)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines(fileName))
        {
            foreach (var word in line.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                var marked = word[word.Length - 1] == '*';
                if (marked == ambiguous)
                {
                    words.Add(marked ? word.Substring(0, word.Length - 1) : word);
                }
            }
        }

        return words;
    }
}
