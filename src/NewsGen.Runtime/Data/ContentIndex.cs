using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Model;

namespace NewsGen.Runtime;

/// <summary>An article as the index lists it: identity, its group and slot (where its record is), and how many quotes it has.</summary>
internal readonly record struct ArticleEntry(string Id, string Slug, int Group, int Slot, int Quotes);

/// <summary>A dated event by position: its day, its article's index and its index among that article's events.</summary>
internal readonly record struct DatedEvent(int Day, int Article, int Event);

/// <summary>
/// The articles part of the content set's index record, which comes first: finding an article by id or slug reads only
/// this part, not the entities after it.
/// </summary>
internal sealed class ArticleTable
{
    private ArticleTable(byte[] record)
    {
        Record = record;
        var reader = new DataReader(record);
        Articles = new ArticleEntry[reader.Int()];
        for (var i = 0; i < Articles.Length; i++)
        {
            Articles[i] = new ArticleEntry(reader.String(), reader.String(), reader.Int(), reader.Int(), reader.Int());
        }

        End = reader.Position;
    }

    public ArticleEntry[] Articles { get; }

    /// <summary>The whole index record, and where its articles part ends.</summary>
    public byte[] Record { get; }

    public (int Token, int Text) End { get; }

    /// <summary>Joins the index chunks and reads the articles part.</summary>
    public static ArticleTable Read(ContentRecords records, int count)
    {
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            length += records(ContentSet.IndexGroup, i).Length;
        }

        var bytes = new byte[length];
        for (int i = 0, at = 0; i < count; i++)
        {
            var chunk = records(ContentSet.IndexGroup, i);
            chunk.CopyTo(bytes.AsSpan(at));
            at += chunk.Length;
        }

        return new ArticleTable(bytes);
    }
}

/// <summary>
/// The rest of the content set's index record, in the order the generator writes it after the articles: the title
/// words <c>Find</c> ignores, people, organizations, places, then the dated events by day.
/// </summary>
internal sealed class ContentIndex
{
    private readonly ContentSet _set;
    private readonly DatedEvent[] _datedEvents;

    private ContentIndex(ContentSet set, ArticleEntry[] articles, ref DataReader reader)
    {
        _set = set;
        Articles = articles;
        var titles = new HashSet<string>(reader.Strings(), StringComparer.OrdinalIgnoreCase);

        People = new Person[reader.Int()];
        for (var i = 0; i < People.Length; i++)
        {
            var person = new Person(reader.String(), reader.String(), reader.Strings(), reader.Strings());
            Navigate(person, reader.Ints());
            People[i] = person;
        }

        Organizations = new Organization[reader.Int()];
        for (var i = 0; i < Organizations.Length; i++)
        {
            var organization = new Organization(reader.String(), reader.String(), reader.Strings());
            Navigate(organization, reader.Ints());
            Organizations[i] = organization;
        }

        Places = new Place[reader.Int()];
        for (var i = 0; i < Places.Length; i++)
        {
            var (id, name, kind, aliases) = (reader.String(), reader.String(), (PlaceKind)reader.Int(), reader.Strings());
            var place = new Place(id, name, aliases, kind);
            place.Articles = ArticleList(reader.Ints());
            place.Events = new LazyList<Event>(() => place.Articles.SelectMany(a => a.Events).Where(e => e.Place == place).ToArray());
            Places[i] = place;
        }

        _datedEvents = new DatedEvent[reader.Int()];
        for (var i = 0; i < _datedEvents.Length; i++)
        {
            _datedEvents[i] = new DatedEvent(reader.Int(), reader.Int(), reader.Int());
        }

        PersonIds = Ids(People);
        OrganizationIds = Ids(Organizations);
        PlaceIds = Ids(Places);
        PersonNames = new NameIndex<Person>(People, titles);
        OrganizationNames = new NameIndex<Organization>(Organizations, null);
        PlaceNames = new NameIndex<Place>(Places, null);
        Quotes = new LazyList<Quote>(() =>
            Enumerable.Range(0, articles.Length).Where(i => articles[i].Quotes > 0).Select(set.ArticleAt).SelectMany(a => a.Quotes).ToArray());
        Events = new LazyList<Event>(() => set.Articles.SelectMany(a => a.Events).ToArray());
    }

    public ArticleEntry[] Articles { get; }

    public Person[] People { get; }

    public Organization[] Organizations { get; }

    public Place[] Places { get; }

    public Dictionary<string, int> PersonIds { get; }

    public Dictionary<string, int> OrganizationIds { get; }

    public Dictionary<string, int> PlaceIds { get; }

    public NameIndex<Person> PersonNames { get; }

    public NameIndex<Organization> OrganizationNames { get; }

    public NameIndex<Place> PlaceNames { get; }

    public IReadOnlyList<Quote> Quotes { get; }

    public IReadOnlyList<Event> Events { get; }

    /// <summary>Reads the entities and dated events that follow the articles part of <paramref name="table"/>'s record.</summary>
    public static ContentIndex Read(ContentSet set, ArticleTable table)
    {
        var reader = new DataReader(table.Record, table.End);
        return new ContentIndex(set, table.Articles, ref reader);
    }

    public IReadOnlyList<Event> EventsBetween(DateOnly from, DateOnly to)
    {
        var first = LowerBound(from.DayNumber);
        var found = new List<Event>();
        for (var i = first; i < _datedEvents.Length && _datedEvents[i].Day <= to.DayNumber; i++)
        {
            found.Add(_set.ArticleAt(_datedEvents[i].Article).Events[_datedEvents[i].Event]);
        }

        return found;
    }

    private int LowerBound(int day)
    {
        var (low, high) = (0, _datedEvents.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = _datedEvents[middle].Day < day ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    private static Dictionary<string, int> Ids(Entity[] entities)
    {
        var ids = new Dictionary<string, int>(entities.Length, StringComparer.Ordinal);
        for (var i = 0; i < entities.Length; i++)
        {
            ids.TryAdd(entities[i].Id, i);
        }

        return ids;
    }

    private IReadOnlyList<Article> ArticleList(int[] indexes) =>
        new LazyList<Article>(() => Array.ConvertAll(indexes, _set.ArticleAt));

    /// <summary>An actor's articles, and its quotes and events found in them.</summary>
    private void Navigate(Actor actor, int[] articles)
    {
        actor.Articles = ArticleList(articles);
        actor.Quotes = new LazyList<Quote>(() => actor.Articles.SelectMany(a => a.Quotes).Where(q => q.Speaker == actor).ToArray());
        actor.Events = new LazyList<Event>(() => actor.Articles.SelectMany(a => a.Events).Where(e => e.Participants.Contains(actor)).ToArray());
    }
}
