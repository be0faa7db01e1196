using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// Reads an optional block of <c>key: value</c> lines between two <c>---</c> lines at the very top of a file.
/// Blank lines and <c>#</c> comments inside are skipped, a value wrapped in matching quotes loses them, and a
/// repeated key keeps its last value. A file that opens with <c>---</c> but never closes the block has no front
/// matter: the whole file is the article.
/// </summary>
public static class FrontMatterReader
{
    private const string Fence = "---";

    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase) { "id", "published", "source", "author" };

    /// <summary>The front matter of <paramref name="document"/>, or <see cref="FrontMatter.None"/>.</summary>
    public static FrontMatter Read(SourceDocument document)
    {
        var text = document.Text;
        var lines = TextLines.From(text, 0);
        if (lines.Count == 0 || !IsFence(text, lines[0]))
        {
            return FrontMatter.None;
        }

        var entries = new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<FrontMatterEntry>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (IsFence(text, lines[i]))
            {
                var bodyStart = Math.Min(lines[i].End + 1, text.Length);
                return new FrontMatter(entries, bodyStart, unknown);
            }

            if (ReadEntry(text, lines[i]) is not { } entry)
            {
                continue;
            }

            if (KnownKeys.Contains(entry.Key))
            {
                entries[entry.Key] = entry;
            }
            else
            {
                unknown.Add(entry);
            }
        }

        return FrontMatter.None;
    }

    private static bool IsFence(string text, TextLine line) =>
        string.CompareOrdinal(text, line.Start, Fence, 0, Fence.Length) == 0 &&
        new TextLine(line.Start + Fence.Length, line.End).IsBlank(text);

    private static FrontMatterEntry? ReadEntry(string text, TextLine line)
    {
        var keyStart = Skip(text, line.Start, line.End);
        var colon = text.IndexOf(':', keyStart, line.End - keyStart);
        if (keyStart == line.End || text[keyStart] == '#' || colon <= keyStart)
        {
            return null;
        }

        var key = text.Substring(keyStart, colon - keyStart).TrimEnd();
        var valueStart = Skip(text, colon + 1, line.End);
        var valueEnd = line.End;
        while (valueEnd > valueStart && char.IsWhiteSpace(text[valueEnd - 1]))
        {
            valueEnd--;
        }

        if (valueEnd - valueStart >= 2 && text[valueStart] is '"' or '\'' && text[valueEnd - 1] == text[valueStart])
        {
            valueStart++;
            valueEnd--;
        }

        return new FrontMatterEntry(key, text.Substring(valueStart, valueEnd - valueStart), keyStart, valueStart);
    }

    private static int Skip(string text, int position, int end)
    {
        while (position < end && char.IsWhiteSpace(text[position]))
        {
            position++;
        }

        return position;
    }
}
