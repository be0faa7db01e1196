using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Structure;

/// <summary>Reads handwritten article texts the way the pipeline does.</summary>
internal static class Articles
{
    public static ArticleStructure Read(string text, params string[] boilerplatePatterns)
    {
        var document = SourceDocument.Create("test.txt", text);
        var options = new ExtractionOptions(boilerplatePatterns.ToEquatableArray(), ExtractionOptions.DefaultMaxFileSize);
        return StructureReader.Read(document, FrontMatterReader.Read(document).BodyStart, options);
    }

    public static string[] ParagraphTexts(this ArticleStructure structure) => structure.Paragraphs.Select(p => p.Text).ToArray();

    public static string[] Headings(this ArticleStructure structure) =>
        structure.Sections.Select(s => s.Heading).OfType<string>().ToArray();

    /// <summary>The offset contract of <see cref="Paragraph"/>: every character sits at Start + i (line breaks read as spaces).</summary>
    public static void AssertOffsets(ArticleStructure structure)
    {
        var text = structure.Document.Text;
        Assert.Equal(structure.Title, text.Substring(structure.TitleStart, structure.Title.Length));
        foreach (var paragraph in structure.Paragraphs)
        {
            Assert.Equal(paragraph.Text, text.Substring(paragraph.Start, paragraph.Text.Length).Replace('\n', ' '));
        }

        foreach (var section in structure.Sections.Where(s => s.Heading is not null))
        {
            Assert.Equal(section.Heading, text.Substring(section.HeadingStart, section.Heading!.Length));
        }

        if (structure.Photo is { } photo)
        {
            Assert.Equal(photo.Caption, text.Substring(photo.Start, photo.Caption.Length).Replace('\n', ' '));
        }
    }
}
