using System.Collections.Generic;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Text;

/// <summary>The texts of an article that name entities: title, photo caption and credit, body paragraphs, in reading order.</summary>
internal static class SegmentReader
{
    public const int TitleParagraph = -1;

    public const int PhotoParagraph = -2;

    public static List<TextSegment> Read(ArticleStructure structure)
    {
        TextSegment.ReuseStates();
        var segments = new List<TextSegment>(structure.Paragraphs.Count + 3);
        if (structure.Title.Length > 0)
        {
            segments.Add(new TextSegment(TitleParagraph, structure.Title, structure.TitleStart, Tokenizer.Tokenize(structure.Title, TokenPolicy.Names)));
        }

        if (structure.Photo is { } photo)
        {
            segments.Add(new TextSegment(PhotoParagraph, photo.Caption, photo.Start, Tokenizer.Tokenize(photo.Caption, TokenPolicy.Names)));
            var creditStart = photo.Credit.Length == 0 ? -1 : structure.Document.Text.IndexOf(photo.Credit, photo.Start, System.StringComparison.Ordinal);
            if (creditStart >= 0)
            {
                segments.Add(new TextSegment(PhotoParagraph, photo.Credit, creditStart, Tokenizer.Tokenize(photo.Credit, TokenPolicy.Names)));
            }
        }

        foreach (var paragraph in structure.Paragraphs)
        {
            // The article's shared tokens, which the quote stage reads again.
            segments.Add(new TextSegment(paragraph.Index, paragraph.Text, paragraph.Start, structure.Text.TokensOf(paragraph, TokenPolicy.Names)));
        }

        return segments;
    }
}
