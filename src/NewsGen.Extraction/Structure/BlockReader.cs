using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// Cuts lines into paragraph-sized blocks. Blank lines always separate blocks. Consecutive lines are one
/// hard-wrapped paragraph only when the file wraps mid-sentence: most of its in-block line breaks follow a line
/// that does not end a sentence, and the body has blank lines at all. Otherwise (one paragraph per line, or no
/// blank lines anywhere in the body) every line is a block.
/// </summary>
public static class BlockReader
{
    /// <summary>The blocks of <paramref name="lines"/> in reading order.</summary>
    public static List<TextBlock> Read(string text, IReadOnlyList<TextLine> lines)
    {
        var runs = Runs(text, lines);
        var joinLines = runs.Count > 1 && IsHardWrapped(text, runs);
        var blocks = new List<TextBlock>();
        foreach (var run in runs)
        {
            if (joinLines)
            {
                AddBlock(text, run[0].Start, run[run.Count - 1].End, run.Count == 1, blocks);
                continue;
            }

            foreach (var line in run)
            {
                AddBlock(text, line.Start, line.End, true, blocks);
            }
        }

        return blocks;
    }

    private static List<List<TextLine>> Runs(string text, IReadOnlyList<TextLine> lines)
    {
        var runs = new List<List<TextLine>>();
        List<TextLine>? current = null;
        foreach (var line in lines)
        {
            if (line.IsBlank(text))
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = [];
                runs.Add(current);
            }

            current.Add(line);
        }

        return runs;
    }

    private static bool IsHardWrapped(string text, List<List<TextLine>> runs)
    {
        var breaks = 0;
        var midSentence = 0;
        foreach (var run in runs)
        {
            for (var i = 0; i + 1 < run.Count; i++)
            {
                breaks++;
                if (!SentenceEnd.IsAt(text, run[i].Start, run[i].End))
                {
                    midSentence++;
                }
            }
        }

        return midSentence * 2 > breaks;
    }

    private static void AddBlock(string text, int start, int end, bool singleLine, List<TextBlock> blocks)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            blocks.Add(new TextBlock(text.Substring(start, end - start).Replace('\n', ' '), start, singleLine));
        }
    }
}
