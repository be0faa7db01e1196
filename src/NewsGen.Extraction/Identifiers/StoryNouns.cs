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
    private static readonly Lazy<Dictionary<int, List<(string Form, string Canonical)>>> Forms = new(Load);

    /// <summary>The naming form of the word at <c>text[start..start+length)</c>, or null when it is not an event noun.</summary>
    public static string? Canonical(string text, int start, int length)
    {
        if (!Forms.Value.TryGetValue(Hash(text, start, length), out var candidates))
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

    private static int Hash(string text, int start, int length)
    {
        unchecked
        {
            var hash = (int)2166136261;
            for (var i = start; i < start + length; i++)
            {
                hash = (hash ^ char.ToLowerInvariant(text[i])) * 16777619;
            }

            return hash;
        }
    }

    private static Dictionary<int, List<(string, string)>> Load()
    {
        var forms = new Dictionary<int, List<(string, string)>>();
        foreach (var line in EmbeddedData.Lines("story-nouns.txt"))
        {
            var words = line.Split([' '], StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                var hash = Hash(word, 0, word.Length);
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
