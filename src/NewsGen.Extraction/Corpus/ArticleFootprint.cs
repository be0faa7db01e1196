using System.Collections.Generic;
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
            DatedEventsOf(article.Events));

    /// <summary>The footprint of a result, or null when the file was skipped.</summary>
    public static ArticleFootprint? Of(ExtractionResult result) => result.Article is { } article ? Of(article) : null;

    // A loop rather than LINQ over (date, index) pairs, whose value-type instantiations every fresh compiler process
    // would JIT-compile.
    private static EquatableArray<DatedEvent> DatedEventsOf(EquatableArray<NewsEvent> events)
    {
        var dated = new List<DatedEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Date is { } date)
            {
                dated.Add(new DatedEvent(i, date));
            }
        }

        return dated.ToEquatableArray();
    }
}

/// <summary>An entity of one article by name: the article's local id, its names, roles (people) and kind (places).</summary>
public sealed record EntityName(string Id, string Name, EquatableArray<string> Aliases, EquatableArray<string> Roles, PlaceKind Kind);

/// <summary>Who speaks a quote: the kind and local id of the speaker, or nulls when nobody is named.</summary>
public sealed record QuoteSpeaker(EntityKind? Kind, string? Id);

/// <summary>An event of one article that has a date: its position among the article's events, and the date.</summary>
public sealed record DatedEvent(int Index, CalendarDate Date);
