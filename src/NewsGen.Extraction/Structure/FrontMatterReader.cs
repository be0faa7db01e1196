using System;
using NewsGen.Extraction.Text;
using NewsGen.Extraction.Yaml;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// Finds an optional YAML block between two <c>---</c> lines at the very top of a file and reads it with
/// <see cref="YamlReader"/>. A file that opens with <c>---</c> but never closes the block has no front matter: the
/// whole file is the article. The fences alone decide where the body starts, so invalid YAML never swallows it.
/// </summary>
public static class FrontMatterReader
{
    private const string Fence = "---";

    /// <summary>The front matter of <paramref name="document"/>, or <see cref="FrontMatter.None"/>.</summary>
    public static FrontMatter Read(SourceDocument document)
    {
        // Line by line and only as far as the closing fence: most files have no front matter at all.
        var text = document.Text;
        var firstEnd = LineEnd(text, 0);
        if (text.Length == 0 || !IsFence(text, 0, firstEnd))
        {
            return FrontMatter.None;
        }

        for (var start = firstEnd + 1; start < text.Length; start = LineEnd(text, start) + 1)
        {
            var end = LineEnd(text, start);
            if (IsFence(text, start, end))
            {
                var yaml = YamlReader.Read(document, Math.Min(firstEnd + 1, start), start);
                return new FrontMatter(yaml.Entries, Math.Min(end + 1, text.Length), yaml.Error);
            }
        }

        return FrontMatter.None;
    }

    private static int LineEnd(string text, int start)
    {
        var end = text.IndexOf('\n', start);
        return end < 0 ? text.Length : end;
    }

    private static bool IsFence(string text, int start, int end) =>
        string.CompareOrdinal(text, start, Fence, 0, Fence.Length) == 0 &&
        new TextLine(start + Fence.Length, end).IsBlank(text);
}
