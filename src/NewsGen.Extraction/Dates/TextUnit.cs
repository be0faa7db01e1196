using System.Collections.Generic;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Dates;

/// <summary>
/// A stretch of article text that dates and events are read from: the photo caption (paragraph -2, as in
/// <see cref="Model.Mention"/>) or one body paragraph. Character <c>i</c> of <see cref="Text"/> sits at
/// <c>Start + i</c> in the normalized text.
/// </summary>
internal sealed record TextUnit(int Paragraph, string Text, int Start, IReadOnlyList<(int Start, int End)> Sentences)
{
    /// <summary>The paragraph index used for the photo caption.</summary>
    public const int CaptionParagraph = -2;

    /// <summary>
    /// The caption first (a photo precedes the body it illustrates, and its dateline is often the only full date),
    /// then the body paragraphs in reading order. Title and headings are left out: they repeat the body.
    /// </summary>
    public static IReadOnlyList<TextUnit> Of(ArticleStructure structure)
    {
        var units = new List<TextUnit>(structure.Paragraphs.Count + 1);
        if (structure.Photo is { Caption.Length: > 0 } photo)
        {
            units.Add(new TextUnit(CaptionParagraph, photo.Caption, photo.Start, structure.Text.SentencesOf(photo.Caption)));
        }

        foreach (var paragraph in structure.Paragraphs)
        {
            units.Add(new TextUnit(paragraph.Index, paragraph.Text, paragraph.Start, structure.Text.SentencesOf(paragraph.Text)));
        }

        return units;
    }
}
