namespace NewsGen.Extraction.Dates;

/// <summary>
/// The tense of the clause around a date, read from its sentence's markers only when resolution first asks. Most
/// expressions never ask (full dates, "yesterday", days counted from another day, clock times, and months or
/// weekdays with "last" or "next"), so their sentences cost no marker scan at all.
/// </summary>
internal sealed class ClauseTense(UnitSentences sentences, int sentence, int start, int end)
{
    private Tense? _value;

    /// <summary>The tense of the clause that holds the characters from the date's start to its end.</summary>
    public Tense Value => _value ??= sentences.TenseAt(sentence, start, end);
}
