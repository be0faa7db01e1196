using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// The event nouns of <c>Data/story-nouns.txt</c>: every listed form mapped to the form used in names. Looked up
/// by position in a text, without allocating, because every word of an article is checked.
/// </summary>
internal static class StoryNouns
{
    private static readonly Lazy<Dictionary<uint, List<(string Form, string Canonical)>>> Forms = new(Load);

    /// <summary>The naming form of the word at <c>text[start..start+length)</c>, or null when it is not an event noun.</summary>
    public static string? Canonical(string text, int start, int length)
    {
        if (!Forms.Value.TryGetValue(StableHash.OfIgnoringCase(text, start, length), out var candidates))
        {
            return null;
        }

        foreach (var (form, canonical) in candidates)
        {
            if (form.Length == length && string.Compare(text, start, form, 0, length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return canonical;
            }
        }

        return null;
    }

    private static Dictionary<uint, List<(string, string)>> Load()
    {
        var forms = new Dictionary<uint, List<(string, string)>>();
        foreach (var line in EmbeddedData.Lines("story-nouns.txt"))
        {
            var words = line.Split([' '], StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                var hash = StableHash.OfIgnoringCase(word, 0, word.Length);
                if (!forms.TryGetValue(hash, out var bucket))
                {
                    forms[hash] = bucket = [];
                }

                bucket.Add((word, words[0]));
            }
        }

        return forms;
    }
}
