using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Dates;

/// <summary>Builds an <see cref="ArticleStructure"/> and hand-made entities from a few lines of text, independent of the structure and entity readers.</summary>
internal sealed class TestArticle
{
    private TestArticle(ArticleStructure structure) => Structure = structure;

    public ArticleStructure Structure { get; }

    public string Text => Structure.Document.Text;

    public static TestArticle Of(params string[] paragraphs) => WithCaption(null, paragraphs);

    public static TestArticle WithCaption(string? caption, params string[] paragraphs)
    {
        var text = new StringBuilder("Test title\n\n");
        Photo? photo = null;
        if (caption is not null)
        {
            photo = new Photo(caption, "Handout photo, Agency", text.Length);
            text.Append(caption).Append(" [Handout photo, Agency]\n\n");
        }

        var body = new List<Paragraph>();
        foreach (var paragraph in paragraphs)
        {
            body.Add(new Paragraph(body.Count, paragraph, text.Length));
            text.Append(paragraph).Append("\n\n");
        }

        var document = SourceDocument.Create("test.txt", text.ToString());
        var sections = new List<Section> { new(null, -1, body.ToEquatableArray()) };
        return new TestArticle(new ArticleStructure(document, "Test title", 0, photo, sections, body, []));
    }

    public DateResolution Dates(CalendarDate? knownReference = null) => DateExtractor.Extract(Structure, knownReference);

    public Person Person(string name, params string[] aliases) =>
        new(Id(name), name, aliases.ToEquatableArray(), EquatableArray<string>.Empty, Mentions(name, aliases));

    public Organization Organization(string name, params string[] aliases) =>
        new(Id(name), name, aliases.ToEquatableArray(), Mentions(name, aliases));

    public Place Place(string name, PlaceKind kind, params string[] aliases) =>
        new(Id(name), name, kind, aliases.ToEquatableArray(), Mentions(name, aliases));

    private static string Id(string name) => Regex.Replace(name, "[^A-Za-z]", string.Empty);

    private EquatableArray<Mention> Mentions(string name, string[] aliases)
    {
        var mentions = new List<Mention>();
        foreach (var form in new[] { name }.Concat(aliases))
        {
            foreach (Match match in Regex.Matches(Text, $@"\b{Regex.Escape(form)}\b"))
            {
                mentions.Add(new Mention(ParagraphAt(match.Index), match.Index, match.Length, match.Value));
            }
        }

        return mentions.OrderBy(m => m.Start).ToEquatableArray();
    }

    private int ParagraphAt(int offset)
    {
        if (Structure.Photo is { } photo && offset >= photo.Start && offset < photo.Start + photo.Caption.Length)
        {
            return -2;
        }

        var paragraph = Structure.Paragraphs.LastOrDefault(p => p.Start <= offset);
        return paragraph?.Index ?? -1;
    }
}
