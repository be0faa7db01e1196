using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>Splits an article into title, photo, sections and paragraphs.</summary>
public static class StructureReader
{
    /// <summary>The structure of the text from <paramref name="bodyStart"/> on.</summary>
    public static ArticleStructure Read(SourceDocument document, int bodyStart, ExtractionOptions options)
    {
        var blocks = Blocks(document.Text, bodyStart);
        var title = blocks.Count > 0 ? blocks[0] : (Text: string.Empty, Start: bodyStart);
        var paragraphs = new List<Paragraph>();
        for (var i = 1; i < blocks.Count; i++)
        {
            paragraphs.Add(new Paragraph(paragraphs.Count, blocks[i].Text, blocks[i].Start));
        }

        var sections = new List<Section> { new(null, -1, paragraphs.ToEquatableArray()) };
        return new ArticleStructure(document, title.Text, title.Start, null, sections, paragraphs, []);
    }

    private static List<(string Text, int Start)> Blocks(string text, int start)
    {
        var blocks = new List<(string, int)>();
        foreach (var line in Lines(text, start))
        {
            var trimmed = line.Text.Trim();
            if (trimmed.Length > 0)
            {
                blocks.Add((trimmed, line.Start + line.Text.IndexOf(trimmed[0])));
            }
        }

        return blocks;
    }

    private static IEnumerable<(string Text, int Start)> Lines(string text, int start)
    {
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            yield return (text.Substring(start, end - start), start);
            start = end + 1;
        }
    }
}
