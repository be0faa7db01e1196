using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Dates;

/// <summary>Whether a clause speaks only of the past, only of the future, or cannot be told.</summary>
internal enum Tense
{
    /// <summary>No marker, or markers that disagree or are neither past nor future ("is", "should").</summary>
    Unknown,

    /// <summary>Past-tense verbs only.</summary>
    Past,

    /// <summary>Future markers only ("will", "is due to").</summary>
    Future,
}

/// <summary>
/// A coarse tense reading from surface markers, used only to break ties in date resolution. The clause around
/// the date decides ("said on Friday | that she will resign" is past for Friday); a clause without any marker
/// takes the reading of its whole sentence. Mixed markers answer <see cref="Tense.Unknown"/>.
/// </summary>
internal static class SentenceTense
{
    // Compiled: one of the few pattern sets that runs over most of the text (a sixth of extraction time); patterns
    // that run rarely stay interpreted, because compiling costs the first build of every fresh compiler process.
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    private static readonly Regex FutureMarker = new(
        @"\b(?:will|shall|won['’]t|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going|planning|poised)\s+to|plans?\s+to|upcoming|forthcoming)\b|['’]ll\b",
        Options);

    // Regular past forms end in -ed after anything but e ("insisted", "delivered"), which leaves out "need",
    // "speed", "exceed". A participle after a form of "be" is passive, not past ("should be allowed"), and one
    // after a determiner is an adjective ("a designated day", "the armed forces").
    private static readonly Regex PastMarker = new(
        @"\b(?:was|were|had|did|said|told|wrote|met|took|came|went|made|gave|held|saw|began|won|lost|left|sent|spent|paid|brought|thought|felt|found|kept|led|became|ran|rose|fell|grew|spoke|chose|drove|flew|threw|knew|got|sold|stood|struck|sought|fought|bought|caught|taught|wore|drew|ago|(?<!\b(?:be|been|being|is|are|am|a|an|the|this|that|these|those|his|her|its|their|our|my|your)\s+)(?:agreed|freed|(?!(?:hundred|kindred|sacred|naked|wicked|beloved|wretched|rugged|ragged)\b)[a-z]{2,}[^e\W]ed))\b",
        Options);

    private static readonly Regex OtherFiniteMarker = new(
        @"\b(?:is|are|am|has|have|does|do|says|can|could|should|would|must|may|might)\b",
        Options);

    private static readonly Regex ClauseBoundary = new(
        @"[,;:()\[\]""“”—–]|\s-\s|\b(?:that|which|who|whom|whose|while|whereas|because|although|though|but|and|when|where)\b",
        Options);

    /// <summary>The tense of the clause of <paramref name="sentence"/> that holds the characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static Tense At(string sentence, int start, int end)
    {
        var from = 0;
        var to = sentence.Length;
        foreach (Match boundary in ClauseBoundary.Matches(sentence))
        {
            if (boundary.Index + boundary.Length <= start)
            {
                from = boundary.Index + boundary.Length;
            }
            else if (boundary.Index >= end)
            {
                to = boundary.Index;
                break;
            }
        }

        return Read(sentence.Substring(from, to - from)) ?? Read(sentence) ?? Tense.Unknown;
    }

    private static Tense? Read(string text)
    {
        var past = PastMarker.IsMatch(text);
        var future = FutureMarker.IsMatch(text);
        var other = OtherFiniteMarker.IsMatch(text);
        return (past, future, other) switch
        {
            (false, false, false) => null,
            (true, false, false) => Tense.Past,
            (false, true, false) => Tense.Future,
            _ => Tense.Unknown,
        };
    }
}
