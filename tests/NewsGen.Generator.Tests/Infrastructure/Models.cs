using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>
/// Hand-built extraction models, so corpus and emission tests do not depend on how well the extraction stages work.
/// </summary>
internal static class Models
{
    public static readonly SourceSpan Origin = new(0, 0, 0, 0, 0, 0);

    public static Article Article(
        string path,
        string id,
        string title = "A headline",
        ArticleIdOrigin origin = ArticleIdOrigin.Derived,
        SourceSpan? idLocation = null,
        CalendarDate? published = null,
        string? source = null,
        string? author = null,
        Photo? photo = null,
        IEnumerable<(string? Heading, string[] Paragraphs)>? sections = null,
        IEnumerable<Person>? people = null,
        IEnumerable<Organization>? organizations = null,
        IEnumerable<Place>? places = null,
        IEnumerable<Quote>? quotes = null,
        IEnumerable<DateMention>? dates = null,
        IEnumerable<NewsEvent>? events = null)
    {
        var built = new List<Section>();
        var index = 0;
        foreach (var (heading, paragraphs) in sections ?? [(null, ["A paragraph."])])
        {
            built.Add(new Section(heading, heading is null ? -1 : 0, paragraphs.Select(p => new Paragraph(index++, p, 0)).ToEquatableArray()));
        }

        return new Article(
            path,
            id,
            title,
            Slug.FromIdentifier(id),
            published,
            source,
            author,
            photo,
            built.ToEquatableArray(),
            built.Sum(s => s.Paragraphs.Sum(p => p.Text.Split(' ').Length)),
            (people ?? []).ToEquatableArray(),
            (organizations ?? []).ToEquatableArray(),
            (places ?? []).ToEquatableArray(),
            (quotes ?? []).ToEquatableArray(),
            (dates ?? []).ToEquatableArray(),
            (events ?? []).ToEquatableArray(),
            origin,
            idLocation);
    }

    public static ExtractionResult Result(Article article) => new(article.SourcePath, article, EquatableArray<ContentDiagnostic>.Empty);

    public static Person Person(string name, string[]? aliases = null, string[]? roles = null) =>
        new(CSharpIdentifier.From(name), name, (aliases ?? []).ToEquatableArray(), (roles ?? []).ToEquatableArray(), EquatableArray<Mention>.Empty);

    public static Organization Organization(string name, string[]? aliases = null) =>
        new(CSharpIdentifier.From(name), name, (aliases ?? []).ToEquatableArray(), EquatableArray<Mention>.Empty);

    public static Place Place(string name, PlaceKind kind = PlaceKind.City, string[]? aliases = null) =>
        new(CSharpIdentifier.From(name), name, kind, (aliases ?? []).ToEquatableArray(), EquatableArray<Mention>.Empty);

    public static Quote Quote(string text, Person? speaker, int paragraph = 0, bool isPartial = false) =>
        new(text, speaker is null ? null : new EntityRef(EntityKind.Person, speaker.Id, speaker.Name), paragraph, isPartial, 0, text.Length);

    public static Quote Quote(string text, Organization speaker, int paragraph = 0) =>
        new(text, new EntityRef(EntityKind.Organization, speaker.Id, speaker.Name), paragraph, false, 0, text.Length);

    public static NewsEvent Event(string id, CalendarDate? date, Place? place, IEnumerable<Person> people, string summary, int paragraph = 0) =>
        new(id, date, place?.Id, people.Select(p => new EntityRef(EntityKind.Person, p.Id, p.Name)).ToEquatableArray(), summary, paragraph);

    /// <summary>
    /// An article with every part the generated API has, and text that is hard to escape: quotes, backslashes,
    /// comment terminators, markup, control characters, a right-to-left override, a line separator and an emoji.
    /// </summary>
    public static Article Rich(string path = "/project/articles/harbor-summit.txt", string id = "HarborSummit")
    {
        var mayor = Person("Maria Lopez", ["Lopez"], ["Mayor"]);
        var minister = Person("Tom \"Tommy\" Berg", ["Berg"], ["Minister of Ports"]);
        var authority = Organization("Harbor Authority", ["the Authority"]);
        var city = Place("Port Laguna");
        var country = Place("Freedonia", PlaceKind.Country, ["Freedonian"]);
        return Article(
            path,
            id,
            title: "Harbor summit: \"deal\" reached <finally> & signed",
            origin: ArticleIdOrigin.FrontMatter,
            idLocation: new SourceSpan(8, id.Length, 1, 4, 1, 4 + id.Length),
            published: new CalendarDate(2024, 3, 15),
            source: "The Coastal Times",
            author: "Ana Writer",
            photo: new Photo("Delegates in Port Laguna.", "Handout photo, Harbor Authority", 0),
            sections:
            [
                (null, ["Delegates met in Port Laguna on 14 March.", "Lopez said: \u201CIt's a C:\\path */ win\u201D."]),
                ("The <details> & fine print", ["Bell\u0007 and RTL \u202Eevil\u202C and line\u2028break.", "Emoji \U0001F600 stays."]),
            ],
            people: [mayor, minister],
            organizations: [authority],
            places: [city, country],
            quotes:
            [
                Quote("It's a C:\\path */ win", mayor, 1),
                Quote("We \"never\" <give up> & never \u202Estop\u202C", minister, 2, isPartial: true),
                Quote("Ports stay open\u2028always \U0001F6A2", authority, 3),
                Quote("Nobody knows who said this", (Person?)null, 3),
            ],
            dates: [new DateMention("14 March", new CalendarDate(2024, 3, 14), 0, 0, 8), new DateMention("someday", null, 1, 0, 7)],
            events:
            [
                Event("E1", new CalendarDate(2024, 3, 14), city, [mayor, minister], "Delegates met in Port Laguna on 14 March."),
                Event("E2", null, null, [], "Something undated happened.", 1),
            ]);
    }
}
