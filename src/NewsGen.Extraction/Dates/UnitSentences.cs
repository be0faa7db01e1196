using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// The sentences of one text unit, for where a match sits and the tense around it. Each sentence is read for
/// tense once, when a date in it first asks, so many dates in one sentence cost no rescan of it.
/// </summary>
internal sealed class UnitSentences
{
    private readonly string _text;
    private readonly IReadOnlyList<(int Start, int End)> _bounds;
    private readonly SentenceTense?[] _tenses;
    private readonly int?[] _firstContent;

    /// <summary>The sentences <paramref name="bounds"/> of <paramref name="text"/>, as the shared text layer split them.</summary>
    public UnitSentences(string text, IReadOnlyList<(int Start, int End)> bounds)
    {
        _text = text;
        _bounds = bounds;
        _tenses = new SentenceTense?[_bounds.Count];
        _firstContent = new int?[_bounds.Count];
    }

    /// <summary>The index of the sentence holding <paramref name="position"/>.</summary>
    public int IndexAt(int position)
    {
        var after = SortedSearch.FirstAtLeast(_bounds, _bounds.Count, position + 1, static (b, i) => b[i].Start);
        return System.Math.Max(0, after - 1);
    }

    /// <summary>Whether only punctuation and white space precede <paramref name="position"/> in its sentence.</summary>
    public bool StartsAt(int sentence, int position) => position <= (_firstContent[sentence] ??= FirstContent(_bounds[sentence]));

    /// <summary>The tense of the clause around the characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Tense TenseAt(int sentence, int start, int end)
    {
        var from = _bounds[sentence].Start;
        var tense = _tenses[sentence] ??= new SentenceTense(_text.Substring(from, _bounds[sentence].End - from));
        return tense.At(start - from, end - from);
    }

    private int FirstContent((int Start, int End) bounds)
    {
        var i = bounds.Start;
        while (i < bounds.End && !char.IsLetterOrDigit(_text[i]))
        {
            i++;
        }

        return i;
    }
}
