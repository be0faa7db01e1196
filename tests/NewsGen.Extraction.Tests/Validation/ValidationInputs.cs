using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;
using NewsGen.Extraction.Validation;

namespace NewsGen.Extraction.Tests.Validation;

/// <summary>
/// Builds check inputs from a handwritten text: front matter and structure are read for real, the outputs of the
/// later stages are given by the test, so each check is tested on exactly the stage output it reads.
/// </summary>
internal static class ValidationInputs
{
    public static ValidationInput From(
        string text,
        string path = "article.txt",
        IReadOnlyList<Person>? people = null,
        QuoteResult? quotes = null,
        DateResolution? dates = null,
        IReadOnlyList<NewsEvent>? events = null,
        CalendarDate? published = null)
    {
        var document = SourceDocument.Create(path, text);
        var frontMatter = FrontMatterReader.Read(document);
        var structure = StructureReader.Read(document, frontMatter.BodyStart, ExtractionOptions.Default);
        var entities = new EntitySet(people ?? [], [], []);
        quotes ??= new QuoteResult([], []);
        dates ??= new DateResolution([], published, []);
        var article = new Article(
            path, NewsGen.Extraction.Identifiers.CSharpIdentifier.From(System.IO.Path.GetFileNameWithoutExtension(path)), structure.Title, string.Empty, published, null, null, structure.Photo,
            structure.Sections.ToEquatableArray(), WordCounter.Count(structure), entities.People.ToEquatableArray(),
            EquatableArray<Organization>.Empty, EquatableArray<Place>.Empty, quotes.Quotes.ToEquatableArray(),
            dates.Dates.ToEquatableArray(), (events ?? []).ToEquatableArray());
        return new ValidationInput(document, frontMatter, structure, entities, quotes, dates, article);
    }

    /// <summary>A person mentioned wherever one of <paramref name="forms"/> occurs in <paramref name="text"/> (longest form first, no overlaps).</summary>
    public static Person Person(string text, string name, params string[] forms)
    {
        var mentions = new List<Mention>();
        foreach (var form in forms.OrderByDescending(f => f.Length))
        {
            for (var at = text.IndexOf(form, System.StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, System.StringComparison.Ordinal))
            {
                if (!mentions.Any(m => at < m.Start + m.Length && m.Start < at + form.Length))
                {
                    mentions.Add(new Mention(0, at, form.Length, form));
                }
            }
        }

        var aliases = forms.Where(f => f != name).Distinct().ToEquatableArray();
        return new Person("p1", name, aliases, EquatableArray<string>.Empty, mentions.OrderBy(m => m.Start).ToEquatableArray());
    }

    /// <summary>The offset of the <paramref name="occurrence"/>-th (0-based) <paramref name="value"/> in <paramref name="text"/>.</summary>
    public static int OffsetOf(string text, string value, int occurrence = 0)
    {
        var at = text.IndexOf(value, System.StringComparison.Ordinal);
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(value, at + 1, System.StringComparison.Ordinal);
        }

        Assert.True(at >= 0, $"'{value}' not in the test text");
        return at;
    }
}
