using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Runs of capitalized words that may hold a name with what comes before it ("Gen. Mary K. Lindqvist",
/// "Russian President Vladimir Putin"): capitalized words, initials, name particles between capitalized words
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

    public static IEnumerable<(int First, int Last)> Find(TextSegment segment)
    {
        var tokens = segment.Tokens;
        var runEnd = -1;
        foreach (var i in segment.MarkedWords)
        {
            if (i <= runEnd || segment.IsClaimed(i) || !tokens[i].IsCapitalized)
            {
                continue;
            }

            var last = i;
            while (!tokens[last].Has(TokenFlags.Possessive) && last + 1 < tokens.Length)
            {
                var next = Continues(segment, last);
                if (next < 0)
                {
                    break;
                }

                last = next;
            }

            if (last - i < MaxTokens)
            {
                yield return (i, last);
            }
            else
            {
                foreach (var piece in Pieces(segment, i, last))
                {
                    yield return piece;
                }
            }

            runEnd = last;
        }
    }

    /// <summary>A long run cut before each given name that follows two words, and every <see cref="MaxTokens"/> tokens.</summary>
    private static IEnumerable<(int First, int Last)> Pieces(TextSegment segment, int first, int last)
    {
        var start = first;
        for (var j = first + 1; j <= last; j++)
        {
            if (j - start == MaxTokens || (j - start >= 2 && segment.Tokens[j].IsWord && WordLists.GivenNames.Contains(segment[j])))
            {
                yield return (start, j - 1);
                start = j;
            }
        }

        yield return (start, last);
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
