using System.Collections.Generic;

namespace NewsGen.Extraction.Dates;

/// <summary>The sentences of one text unit, for where a match sits and the tense around it.</summary>
internal sealed class UnitSentences
{
    private readonly string _text;
    private readonly IReadOnlyList<(int Start, int Length)> _bounds;

    /// <summary>Splits <paramref name="text"/> into sentences.</summary>
    public UnitSentences(string text)
    {
        _text = text;
        _bounds = SentenceSplitter.Split(text);
    }

    /// <summary>The index of the sentence holding <paramref name="position"/>.</summary>
    public int IndexAt(int position)
    {
        for (var i = _bounds.Count - 1; i > 0; i--)
        {
            if (_bounds[i].Start <= position)
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>Whether only punctuation and white space precede <paramref name="position"/> in its sentence.</summary>
    public bool StartsAt(int sentence, int position)
    {
        for (var i = _bounds[sentence].Start; i < position; i++)
        {
            if (char.IsLetterOrDigit(_text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The tense of the clause around the characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Tense TenseAt(int sentence, int start, int end)
    {
        var (from, length) = _bounds[sentence];
        return SentenceTense.At(_text.Substring(from, length), start - from, end - from);
    }
}
