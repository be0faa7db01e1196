using System.Collections.Generic;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Text;

/// <summary>The texts of an article that name entities: title, photo caption and credit, body paragraphs, in reading order.</summary>
internal static class SegmentReader
{
    public const int TitleParagraph = -1;

    public const int PhotoParagraph = -2;

    public static IReadOnlyList<TextSegment> Read(ArticleStructure structure)
    {
        var segments = new List<TextSegment>(structure.Paragraphs.Count + 3);
        if (structure.Title.Length > 0)
        {
            segments.Add(Segment(structure, TitleParagraph, structure.Title, structure.TitleStart));
        }

        if (structure.Photo is { } photo)
        {
            segments.Add(Segment(structure, PhotoParagraph, photo.Caption, photo.Start));
            var creditStart = photo.Credit.Length == 0 ? -1 : structure.Document.Text.IndexOf(photo.Credit, photo.Start, System.StringComparison.Ordinal);
            if (creditStart >= 0)
            {
                segments.Add(Segment(structure, PhotoParagraph, photo.Credit, creditStart));
            }
        }

        foreach (var paragraph in structure.Paragraphs)
        {
            segments.Add(Segment(structure, paragraph.Index, paragraph.Text, paragraph.Start));
        }

        return segments;
    }

    /// <summary>A segment with the article's shared tokens of its text, which the quote stage reads again.</summary>
    private static TextSegment Segment(ArticleStructure structure, int paragraph, string text, int start) =>
        new(paragraph, text, start, structure.Text.TokensOf(text, TokenPolicy.Names));
}
