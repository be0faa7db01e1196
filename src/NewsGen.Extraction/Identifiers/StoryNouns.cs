using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>The event nouns of <c>Data/story-nouns.txt</c>: every listed form mapped to the form used in names.</summary>
internal static class StoryNouns
{
    private static readonly Lazy<Dictionary<string, string>> Forms = new(Load);

    /// <summary>The naming form of <paramref name="word"/> (lower-case), or null when it is not an event noun.</summary>
    public static string? Canonical(string word) => Forms.Value.TryGetValue(word, out var canonical) ? canonical : null;

    private static Dictionary<string, string> Load()
    {
        var forms = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in EmbeddedData.Lines("story-nouns.txt"))
        {
            var words = line.Split([' '], StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                forms[word] = words[0];
            }
        }

        return forms;
    }
}
