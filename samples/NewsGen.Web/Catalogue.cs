using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Model;
using NewsGen.Web.Content;

namespace NewsGen.Web;

/// <summary>The compiled content as the pages read it: lookups by the ids in a URL, and the orderings the pages show.</summary>
internal static class Catalogue
{
    private static readonly Dictionary<string, Person> PeopleById = People.All.ToDictionary(p => p.Id, StringComparer.Ordinal);
    private static readonly Dictionary<string, Organization> OrganizationsById = Organizations.All.ToDictionary(o => o.Id, StringComparer.Ordinal);
    private static readonly Dictionary<string, Place> PlacesById = Places.All.ToDictionary(p => p.Id, StringComparer.Ordinal);

    public static Person? Person(string id) => PeopleById.GetValueOrDefault(id);

    public static Organization? Organization(string id) => OrganizationsById.GetValueOrDefault(id);

    public static Place? Place(string id) => PlacesById.GetValueOrDefault(id);

    /// <summary>The day an article is filed under: its stated publication date, else the day its text points to.</summary>
    public static DateOnly? Day(Article article) => article.Published ?? article.ReferenceDate;

    /// <summary>Newest first; undated articles last, by headline.</summary>
    public static IReadOnlyList<Article> ArticlesNewestFirst { get; } = Articles.All
        .OrderByDescending(a => Day(a).HasValue)
        .ThenByDescending(a => Day(a))
        .ThenBy(a => a.Title, StringComparer.Ordinal)
        .ToList();

    /// <summary>People with quotes, most quotes first.</summary>
    public static IReadOnlyList<Person> MostQuoted(int count) => People.All
        .Where(p => p.Quotes.Count > 0)
        .OrderByDescending(p => p.Quotes.Count)
        .ThenBy(p => p.Name, StringComparer.Ordinal)
        .Take(count)
        .ToList();

    /// <summary>Dated events by day (then by article and position); the undated ones separately.</summary>
    public static IReadOnlyList<Event> DatedEvents { get; } = NewsGen.Web.Content.Events.All
        .Where(e => e.Date.HasValue)
        .OrderBy(e => e.Date)
        .ThenBy(e => e.Article.Title, StringComparer.Ordinal)
        .ThenBy(e => e.Location.Paragraph)
        .ToList();

    public static IReadOnlyList<Event> UndatedEvents { get; } = NewsGen.Web.Content.Events.All
        .Where(e => !e.Date.HasValue)
        .ToList();

    /// <summary>
    /// Search: the entities each list's <c>Find</c> names for the exact form (alias, variant spelling, honorific), and
    /// apart from them every other entity whose name or alias contains the query.
    /// </summary>
    public static SearchHits Search(string query)
    {
        var text = query.Trim();
        if (text.Length == 0)
        {
            return new SearchHits([], []);
        }

        var named = new List<Entity>();
        AddIfFound(named, People.Find(text));
        AddIfFound(named, Organizations.Find(text));
        AddIfFound(named, Places.Find(text));
        IEnumerable<Entity> everything = [.. People.All, .. Organizations.All, .. Places.All];
        var containing = everything.Where(e => !named.Contains(e) && Mentions(e, text)).ToList();
        return new SearchHits(named, containing);
    }

    private static void AddIfFound(List<Entity> found, Entity? entity)
    {
        if (entity is not null)
        {
            found.Add(entity);
        }
    }

    private static bool Mentions(Entity entity, string text) =>
        entity.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
        || entity.Aliases.Any(a => a.Contains(text, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What a search found: entities named exactly so (by <c>Find</c>), and those whose names contain the query.</summary>
internal sealed record SearchHits(IReadOnlyList<Entity> Named, IReadOnlyList<Entity> Containing);
