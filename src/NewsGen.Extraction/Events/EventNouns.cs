using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Events;

/// <summary>The event nouns of <c>Data/event-nouns.txt</c> a sentence uses, by noun or by the verb that reports it.</summary>
internal static class EventNouns
{
    private static readonly Dictionary<string, string> NounByWord = Load();

    private static readonly Regex LowerCaseWord = new("\\b[a-z]+\\b", RegexOptions.CultureInvariant);

    /// <summary>The distinct event nouns of <paramref name="sentence"/> in order of first use.</summary>
    public static IReadOnlyList<string> In(string sentence)
    {
        var nouns = new List<string>();
        foreach (Match word in LowerCaseWord.Matches(sentence))
        {
            if (NounByWord.TryGetValue(word.Value, out var noun) && !nouns.Contains(noun))
            {
                nouns.Add(noun);
            }
        }

        return nouns;
    }

    private static Dictionary<string, string> Load()
    {
        var nounByWord = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.Lines("event-nouns.txt"))
        {
            var colon = line.IndexOf(':');
            var noun = line.Substring(0, colon).Trim();
            foreach (var word in line.Substring(colon + 1).Split([' '], StringSplitOptions.RemoveEmptyEntries))
            {
                nounByWord[word] = noun;
            }
        }

        return nounByWord;
    }
}
