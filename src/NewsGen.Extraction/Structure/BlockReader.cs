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
    /// <summary>The blocks of the lines from <paramref name="from"/> to before <paramref name="to"/>, in reading order.</summary>
    public static List<TextBlock> Read(string text, IReadOnlyList<TextLine> lines, int from, int to)
    {
        var joinLines = IsHardWrapped(text, lines, from, to);
        var blocks = new List<TextBlock>();
        var first = NextRun(text, lines, from, to);
        while (first < to)
        {
            var end = RunEnd(text, lines, first, to);
            if (joinLines)
            {
                AddBlock(text, lines[first].Start, lines[end - 1].End, end - first == 1, blocks);
            }
            else
            {
                for (var i = first; i < end; i++)
                {
                    AddBlock(text, lines[i].Start, lines[i].End, true, blocks);
                }
            }

            first = NextRun(text, lines, end, to);
        }

        return blocks;
    }

    // A run is a stretch of lines between blank ones; runs are walked by index, so no list is built for each.
    private static int NextRun(string text, IReadOnlyList<TextLine> lines, int from, int to)
    {
        while (from < to && lines[from].IsBlank(text))
        {
            from++;
        }

        return from;
    }

    private static int RunEnd(string text, IReadOnlyList<TextLine> lines, int first, int to)
    {
        var end = first + 1;
        while (end < to && !lines[end].IsBlank(text))
        {
            end++;
        }

        return end;
    }

    private static bool IsHardWrapped(string text, IReadOnlyList<TextLine> lines, int from, int to)
    {
        var runs = 0;
        var breaks = 0;
        var midSentence = 0;
        var first = NextRun(text, lines, from, to);
        while (first < to)
        {
            var end = RunEnd(text, lines, first, to);
            runs++;
            for (var i = first; i + 1 < end; i++)
            {
                breaks++;
                if (!SentenceEnd.IsAt(text, lines[i].Start, lines[i].End))
                {
                    midSentence++;
                }
            }

            first = NextRun(text, lines, end, to);
        }

        return runs > 1 && midSentence * 2 > breaks;
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
