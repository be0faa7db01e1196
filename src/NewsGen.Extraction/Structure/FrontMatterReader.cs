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
        var text = document.Text;
        var lines = TextLines.From(text, 0);
        if (lines.Count == 0 || !IsFence(text, lines[0]))
        {
            return FrontMatter.None;
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (IsFence(text, lines[i]))
            {
                var yaml = YamlReader.Read(document, Math.Min(lines[0].End + 1, lines[i].Start), lines[i].Start);
                return new FrontMatter(yaml.Entries, Math.Min(lines[i].End + 1, text.Length), yaml.Error);
            }
        }

        return FrontMatter.None;
    }

    private static bool IsFence(string text, TextLine line) =>
        string.CompareOrdinal(text, line.Start, Fence, 0, Fence.Length) == 0 &&
        new TextLine(line.Start + Fence.Length, line.End).IsBlank(text);
}
