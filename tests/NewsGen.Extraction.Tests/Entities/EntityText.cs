using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Entities;

/// <summary>Builds an <see cref="ArticleStructure"/> from a title, an optional photo caption and paragraphs, and extracts its entities.</summary>
internal static class EntityText
{
    public static EntitySet Extract(params string[] paragraphs) => ExtractWith("A plain test headline", null, paragraphs);

    public static EntitySet ExtractWith(string title, string? caption, params string[] paragraphs)
    {
        var blocks = new List<string> { title };
        if (caption is not null)
        {
            blocks.Add(caption);
        }

        blocks.AddRange(paragraphs);
        var document = SourceDocument.Create("test.txt", string.Join("\n\n", blocks));
        var starts = new List<int>();
        var offset = 0;
        foreach (var block in blocks)
        {
            starts.Add(offset);
            offset += block.Length + 2;
        }

        var photo = caption is null ? null : new Photo(caption, string.Empty, starts[1]);
        var first = caption is null ? 1 : 2;
        var bodies = paragraphs.Select((text, i) => new Paragraph(i, text, starts[first + i])).ToList();
        var sections = new List<Section> { new(null, -1, bodies.ToEquatableArray()) };
        var structure = new ArticleStructure(document, title, 0, photo, sections, bodies, []);
        return EntityExtractor.Extract(structure);
    }

    /// <summary>A document of title, photo line and one paragraph, with caption and credit as a structure reader would give them.</summary>
    public static EntitySet ExtractWithPhoto(string text, string caption, string credit)
    {
        var document = SourceDocument.Create("test.txt", text);
        var lines = text.Split('\n');
        var paragraphText = lines[lines.Length - 1];
        var paragraph = new Paragraph(0, paragraphText, text.Length - paragraphText.Length);
        var photo = new Photo(caption, credit, text.IndexOf(caption, System.StringComparison.Ordinal));
        var sections = new List<Section> { new(null, -1, new[] { paragraph }.ToEquatableArray()) };
        return EntityExtractor.Extract(new ArticleStructure(document, lines[0], 0, photo, sections, new[] { paragraph }, []));
    }

    public static Person Person(this EntitySet entities, string name) => Assert.Single(entities.People, p => p.Name == name);

    public static Organization Organization(this EntitySet entities, string name) => Assert.Single(entities.Organizations, o => o.Name == name);

    public static Place Place(this EntitySet entities, string name) => Assert.Single(entities.Places, p => p.Name == name);

    public static IEnumerable<string> PersonNames(this EntitySet entities) => entities.People.Select(p => p.Name);
}
