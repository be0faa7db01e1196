using System;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// The event nouns of <c>Data/story-nouns.txt</c>: every listed form mapped to the form used in names. Looked up
/// by position in a text, without allocating, because every word of an article is checked.
/// </summary>
internal static class StoryNouns
{
    private static readonly Lazy<Forms> Table = new(Load);

    /// <summary>The naming form of the word at <c>text[start..start+length)</c>, or null when it is not an event noun.</summary>
    public static string? Canonical(string text, int start, int length)
    {
        var table = Table.Value;
        return table.MayStart(text[start], length) && table.Map.TryGetValue(text, start, length, out var canonical) ? canonical : null;
    }

    private static Forms Load()
    {
        var forms = new Forms();
        foreach (var line in EmbeddedData.Lines("story-nouns.txt"))
        {
            var words = line.Split([' '], StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                forms.Add(word, words[0]);
            }
        }

        return forms;
    }

    /// <summary>
    /// The forms, and which ASCII first letter (in capitals) each length of form has: most words of a text are
    /// told apart by those two alone, before their hash is taken.
    /// </summary>
    private sealed class Forms
    {
        private ulong[] _asciiStarts = new ulong[2];

        public TextRangeMap<string> Map { get; } = new(ignoreCase: true);

        public void Add(string form, string canonical)
        {
            // The first canonical form of a word is kept; no closure per form, which every fresh compiler process JIT-compiled.
            if (!Map.TryGetValue(form, out _))
            {
                Map.Set(form, canonical);
            }

            if (_asciiStarts.Length < 2 * (form.Length + 1))
            {
                Array.Resize(ref _asciiStarts, 2 * (form.Length + 1));
            }

            // A word matches a form of its length when their first letters are equal ignoring case.
            var first = char.ToUpperInvariant(form[0]);
            if (first < 128)
            {
                _asciiStarts[(2 * form.Length) + (first >> 6)] |= 1UL << (first & 63);
            }
        }

        /// <summary>False when no form of <paramref name="length"/> can start with <paramref name="first"/>; true for any non-ASCII letter.</summary>
        public bool MayStart(char first, int length)
        {
            if (2 * length >= _asciiStarts.Length)
            {
                return false;
            }

            if (first >= 128)
            {
                return true;
            }

            var upper = first is >= 'a' and <= 'z' ? (char)(first - 32) : first;
            return (_asciiStarts[(2 * length) + (upper >> 6)] & (1UL << (upper & 63))) != 0;
        }
    }
}
