using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// What the corpus-wide pass reads of one article: its identity, the names of its entities, who speaks its quotes and
/// the dates of its events, and nothing that moves when the text is edited (no offsets, no paragraphs). Most edits
/// leave it equal, so the generator can skip merging entities across the corpus for them.
/// </summary>
public sealed record ArticleFootprint(
    string SourcePath,
    string Id,
    string Slug,
    ArticleIdOrigin IdOrigin,
    SourceSpan? IdLocation,
    EquatableArray<EntityName> People,
    EquatableArray<EntityName> Organizations,
    EquatableArray<EntityName> Places,
    EquatableArray<QuoteSpeaker> Quotes,
    EquatableArray<DatedEvent> DatedEvents)
{
    /// <summary>The footprint of an extracted article.</summary>
    public static ArticleFootprint Of(Article article) =>
        new(
            article.SourcePath,
            article.Id,
            article.Slug,
            article.IdOrigin,
            article.IdLocation,
            article.People.Select(p => new EntityName(p.Id, p.Name, p.Aliases, p.Roles, default)).ToEquatableArray(),
            article.Organizations.Select(o => new EntityName(o.Id, o.Name, o.Aliases, EquatableArray<string>.Empty, default)).ToEquatableArray(),
            article.Places.Select(p => new EntityName(p.Id, p.Name, p.Aliases, EquatableArray<string>.Empty, p.Kind)).ToEquatableArray(),
            article.Quotes.Select(q => new QuoteSpeaker(q.Speaker?.Kind, q.Speaker?.Id)).ToEquatableArray(),
            article.Events.Select((e, i) => (e.Date, i)).Where(e => e.Date is not null).Select(e => new DatedEvent(e.i, e.Date!.Value)).ToEquatableArray());

    /// <summary>The footprint of a result, or null when the file was skipped.</summary>
    public static ArticleFootprint? Of(ExtractionResult result) => result.Article is { } article ? Of(article) : null;
}

/// <summary>An entity of one article by name: the article's local id, its names, roles (people) and kind (places).</summary>
public sealed record EntityName(string Id, string Name, EquatableArray<string> Aliases, EquatableArray<string> Roles, PlaceKind Kind);

/// <summary>Who speaks a quote: the kind and local id of the speaker, or nulls when nobody is named.</summary>
public sealed record QuoteSpeaker(EntityKind? Kind, string? Id);

/// <summary>An event of one article that has a date: its position among the article's events, and the date.</summary>
public sealed record DatedEvent(int Index, CalendarDate Date);
