using System;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// The event nouns of <c>Data/story-nouns.txt</c>: every listed form mapped to the form used in names. Looked up
/// by position in a text, without allocating, because every word of an article is checked.
/// </summary>
internal static class StoryNouns
{
    private static readonly Lazy<TextRangeMap<string>> Forms = new(Load);

    /// <summary>The naming form of the word at <c>text[start..start+length)</c>, or null when it is not an event noun.</summary>
    public static string? Canonical(string text, int start, int length) =>
        Forms.Value.TryGetValue(text, start, length, out var canonical) ? canonical : null;

    private static TextRangeMap<string> Load()
    {
        var forms = new TextRangeMap<string>(ignoreCase: true);
        foreach (var line in EmbeddedData.Lines("story-nouns.txt"))
        {
            var words = line.Split([' '], StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                forms.GetOrAdd(word, () => words[0]);
            }
        }

        return forms;
    }
}
