using System.Collections.Generic;
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
    public static ArticleFootprint Of(Article article)
    {
        // Arrays filled in loops rather than Select with four lambdas: this runs in every fresh compiler process.
        var people = new EntityName[article.People.Count];
        for (var i = 0; i < people.Length; i++)
        {
            var person = article.People[i];
            people[i] = new EntityName(person.Id, person.Name, person.Aliases, person.Roles, default);
        }

        var organizations = new EntityName[article.Organizations.Count];
        for (var i = 0; i < organizations.Length; i++)
        {
            var organization = article.Organizations[i];
            organizations[i] = new EntityName(organization.Id, organization.Name, organization.Aliases, EquatableArray<string>.Empty, default);
        }

        var places = new EntityName[article.Places.Count];
        for (var i = 0; i < places.Length; i++)
        {
            var place = article.Places[i];
            places[i] = new EntityName(place.Id, place.Name, place.Aliases, EquatableArray<string>.Empty, place.Kind);
        }

        var speakers = new QuoteSpeaker[article.Quotes.Count];
        for (var i = 0; i < speakers.Length; i++)
        {
            var speaker = article.Quotes[i].Speaker;
            speakers[i] = new QuoteSpeaker(speaker?.Kind, speaker?.Id);
        }

        return new(
            article.SourcePath,
            article.Id,
            article.Slug,
            article.IdOrigin,
            article.IdLocation,
            new EquatableArray<EntityName>(people),
            new EquatableArray<EntityName>(organizations),
            new EquatableArray<EntityName>(places),
            new EquatableArray<QuoteSpeaker>(speakers),
            DatedEventsOf(article.Events));
    }

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
