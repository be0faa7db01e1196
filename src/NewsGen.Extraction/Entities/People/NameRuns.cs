using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Runs of capitalized words that may hold a name with what comes before it ("Gen. Mary K. Lindqvist",
/// "Chilean President Tomas Ferreyra"): capitalized words, initials, name particles between capitalized words
/// and the period of an abbreviation. A possessive word ends a run.
/// </summary>
internal static class NameRuns
{
    /// <summary>
    /// The most tokens of one run: a title, honorific and the longest names take fewer. A longer run (a list of names
    /// without commas) is cut before each given name and at this length, so no name grows with the text and the
    /// name checks that compare the words of a name stay constant work.
    /// </summary>
    public const int MaxTokens = 10;

    /// <summary>
    /// Whether a run starts at marked word <paramref name="i"/>: a capitalized word no entity claimed, after the end of
    /// the run before (<paramref name="runEnd"/>, -1 for none).
    /// </summary>
    public static bool StartsAt(TextSegment segment, int i, int runEnd) =>
        i > runEnd && !segment.IsClaimed(i) && segment.Tokens[i].IsCapitalized;

    /// <summary>The last token of the run that starts at <paramref name="first"/>.</summary>
    public static int End(TextSegment segment, int first)
    {
        var tokens = segment.Tokens;
        var last = first;
        while (!tokens[last].Has(TokenFlags.Possessive) && last + 1 < tokens.Length)
        {
            var next = Continues(segment, last);
            if (next < 0)
            {
                break;
            }

            last = next;
        }

        return last;
    }

    /// <summary>
    /// The last token of the piece of run <paramref name="start"/>..<paramref name="runLast"/> that starts at
    /// <paramref name="start"/>: a run of fewer than <see cref="MaxTokens"/> tokens is one piece (called with the run's
    /// first token); a longer one is cut before each given name that follows two words, and every
    /// <see cref="MaxTokens"/> tokens.
    /// </summary>
    public static int PieceEnd(TextSegment segment, int runFirst, int start, int runLast)
    {
        if (runLast - runFirst < MaxTokens)
        {
            return runLast;
        }

        for (var j = start + 1; j <= runLast; j++)
        {
            if (j - start == MaxTokens || (j - start >= 2 && segment.Tokens[j].IsWord && WordLists.GivenNames.Contains(segment[j])))
            {
                return j - 1;
            }
        }

        return runLast;
    }

    /// <summary>The next token of the run after <paramref name="last"/>, or -1 where the run ends.</summary>
    private static int Continues(TextSegment segment, int last)
    {
        var tokens = segment.Tokens;
        var next = last + 1;
        // For a particle the capital after it is read first: most words after a name are lowercase and no particle.
        if (segment.IsPunctuation(next, '.') && tokens[last].End == tokens[next].Start && segment.IsIn(last, WordClass.Honorific))
        {
            next++;
        }
        else if (next + 1 < tokens.Length && tokens[next + 1].IsCapitalized && NameWords.IsParticle(segment, next))
        {
            return segment.IsClaimed(next + 1) ? -1 : next;
        }

        return next < tokens.Length && !segment.IsClaimed(next) && tokens[next].IsWord && tokens[next].IsCapitalized ? next : -1;
    }
}
