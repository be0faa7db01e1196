using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// Cuts lines into paragraph-sized blocks. Blank lines always separate blocks. Consecutive lines are one
/// hard-wrapped paragraph only when the file wraps mid-sentence: most of its in-block line breaks follow a line
/// that does not end a sentence, and the body has blank lines at all. Otherwise (one paragraph per line, or no
/// blank lines anywhere in the body) every line is a block. Lines are walked by their offsets in the text, so no
/// object is made for a line or a run of lines.
/// </summary>
public static class BlockReader
{
    /// <summary>
    /// The blocks of the lines from <paramref name="start"/> (where a line starts) to <paramref name="end"/> (where
    /// a line ends), in reading order.
    /// </summary>
    public static List<TextBlock> Read(string text, int start, int end)
    {
        var joinLines = IsHardWrapped(text, start, end);
        var blocks = new List<TextBlock>();
        var runStart = 0;
        var runEnd = 0;
        var runLines = 0;
        for (var line = start; line < end;)
        {
            var lineEnd = TextLines.End(text, line);
            if (TextLine.IsBlank(text, line, lineEnd))
            {
                AddRun(text, runStart, runEnd, runLines, blocks);
                runLines = 0;
            }
            else if (joinLines)
            {
                runStart = runLines++ == 0 ? line : runStart;
                runEnd = lineEnd;
            }
            else
            {
                AddBlock(text, line, lineEnd, true, blocks);
            }

            line = lineEnd + 1;
        }

        AddRun(text, runStart, runEnd, runLines, blocks);
        return blocks;
    }

    private static bool IsHardWrapped(string text, int start, int end)
    {
        var runs = 0;
        var breaks = 0;
        var midSentence = 0;
        var previousStart = -1;
        var previousEnd = -1;
        for (var line = start; line < end;)
        {
            var lineEnd = TextLines.End(text, line);
            if (TextLine.IsBlank(text, line, lineEnd))
            {
                previousStart = -1;
            }
            else
            {
                if (previousStart < 0)
                {
                    runs++;
                }
                else
                {
                    breaks++;
                    midSentence += SentenceEnd.IsAt(text, previousStart, previousEnd) ? 0 : 1;
                }

                previousStart = line;
                previousEnd = lineEnd;
            }

            line = lineEnd + 1;
        }

        return runs > 1 && midSentence * 2 > breaks;
    }

    private static void AddRun(string text, int start, int end, int lines, List<TextBlock> blocks)
    {
        if (lines > 0)
        {
            AddBlock(text, start, end, lines == 1, blocks);
        }
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
