using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Dates;

/// <summary>Whether a sentence speaks only of the past, only of the future, or cannot be told (both or neither).</summary>
internal enum Tense
{
    /// <summary>No marker, or markers of both past and future (e.g. "said on Friday that she will …").</summary>
    Unknown,

    /// <summary>Past-tense verbs and no future marker.</summary>
    Past,

    /// <summary>A future marker ("will", "is due to" …) and no past-tense verb.</summary>
    Future,
}

/// <summary>
/// A coarse tense reading of a sentence from surface markers. It only breaks ties in date resolution, so it
/// answers <see cref="Tense.Unknown"/> whenever the markers disagree.
/// </summary>
internal static class SentenceTense
{
    private static readonly Regex FutureMarker = new(
        @"\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going|planning|poised)\s+to|plans?\s+to|upcoming|forthcoming)\b|['’]ll\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Regular past forms end in -ed after a consonant or vowel other than e ("insisted", "delivered"), which
    // leaves out "need", "speed", "exceed"; the few non-verbs of that shape are listed in the lookahead.
    private static readonly Regex PastMarker = new(
        @"\b(?:was|were|had|did|said|told|met|took|came|went|made|gave|held|saw|began|won|lost|left|sent|spent|paid|brought|thought|felt|found|kept|led|became|ran|rose|fell|grew|spoke|wrote|chose|drove|flew|threw|knew|got|sold|stood|struck|sought|fought|bought|caught|taught|wore|drew|agreed|freed|ago|(?!(?:hundred|kindred|sacred|naked|wicked|beloved|wretched|rugged|ragged)\b)[a-z]{2,}[^e\W]ed)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The tense of <paramref name="sentence"/>.</summary>
    public static Tense Of(string sentence)
    {
        var future = FutureMarker.IsMatch(sentence);
        var past = PastMarker.IsMatch(sentence);
        return (past, future) switch
        {
            (true, false) => Tense.Past,
            (false, true) => Tense.Future,
            _ => Tense.Unknown,
        };
    }
}
