using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// Turns the per-file extraction results into one <see cref="Corpus"/>: the same result whatever order the files
/// came in, a file listed twice counted once, identifiers made unique, entities merged across articles. The work is in
/// two parts, so the generator can cache the expensive one: <see cref="Index"/> reads only footprints (identity and
/// entity names), <see cref="Assemble"/> joins the index with the articles.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>Builds the corpus. Results without an article (skipped files) are left out.</summary>
    public static Corpus Build(IEnumerable<ExtractionResult> results)
    {
        var articles = results.Select(r => r.Article).OfType<Article>().ToList();
        return Assemble(articles, Index(articles.Select(ArticleFootprint.Of)));
    }

    /// <summary>Unique identifiers and merged entities for the articles with these footprints.</summary>
    public static CorpusIndex Index(IEnumerable<ArticleFootprint?> footprints)
    {
        var articles = InCorpusOrder(footprints.OfType<ArticleFootprint>(), f => f.SourcePath, f => f.Id);
        if (articles.Count == 0)
        {
            return CorpusIndex.Empty;
        }

        var (ids, slugs, diagnostics) = ArticleIdAssigner.Assign(articles);
        var people = new EntityMerger();
        var organizations = new EntityMerger();
        var places = new EntityMerger();
        var slots = new (int[] People, int[] Organizations, int[] Places)[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            slots[i] = AddEntities(articles[i], ids[i], people, organizations, places);
        }

        var personIds = people.AssignIds(ReservedNames.People, "Person");
        var organizationIds = organizations.AssignIds(ReservedNames.Organizations, "Organization");
        var placeIds = places.AssignIds(ReservedNames.Places, "Place");
        var indexed = new IndexedArticle[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            indexed[i] = new IndexedArticle(
                articles[i].SourcePath,
                ids[i],
                slugs[i],
                IdsAt(slots[i].People, personIds),
                IdsAt(slots[i].Organizations, organizationIds),
                IdsAt(slots[i].Places, placeIds),
                articles[i].Quotes.Count,
                articles[i].DatedEvents);
            AddQuotes(articles[i], ids[i], slots[i], people, organizations);
        }

        // Arrays filled in loops rather than Select with three closures: this runs in every fresh compiler process.
        var corpusPeople = new CorpusPerson[people.Entities.Count];
        for (var i = 0; i < corpusPeople.Length; i++)
        {
            var person = people.Entities[i];
            corpusPeople[i] = new CorpusPerson(personIds[i], person.Name, person.Aliases, person.Roles, person.Articles, person.Quotes);
        }

        var corpusOrganizations = new CorpusOrganization[organizations.Entities.Count];
        for (var i = 0; i < corpusOrganizations.Length; i++)
        {
            var organization = organizations.Entities[i];
            corpusOrganizations[i] = new CorpusOrganization(organizationIds[i], organization.Name, organization.Aliases, organization.Articles, organization.Quotes);
        }

        var corpusPlaces = new CorpusPlace[places.Entities.Count];
        for (var i = 0; i < corpusPlaces.Length; i++)
        {
            var place = places.Entities[i];
            corpusPlaces[i] = new CorpusPlace(placeIds[i], place.Name, place.Kind, place.Aliases, place.Articles);
        }

        return new CorpusIndex(
            indexed.ToEquatableArray(),
            new EquatableArray<CorpusPerson>(corpusPeople),
            new EquatableArray<CorpusOrganization>(corpusOrganizations),
            new EquatableArray<CorpusPlace>(corpusPlaces),
            diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// The corpus of <paramref name="articles"/> as <paramref name="index"/> describes it. The index must have been built
    /// from the footprints of these articles; an article the index does not list is left out.
    /// </summary>
    public static Corpus Assemble(IEnumerable<Article> articles, CorpusIndex index)
    {
        var byPath = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in InCorpusOrder(articles, a => a.SourcePath, a => a.Id))
        {
            byPath[article.SourcePath] = article;
        }

        var corpusArticles = new List<CorpusArticle>(index.Articles.Count);
        foreach (var entry in index.Articles)
        {
            if (byPath.TryGetValue(entry.SourcePath, out var article))
            {
                corpusArticles.Add(new CorpusArticle(entry.Id, entry.Slug, article, entry.PersonIds, entry.OrganizationIds, entry.PlaceIds));
            }
        }

        return new Corpus(corpusArticles.ToEquatableArray(), index.People, index.Organizations, index.Places, index.Diagnostics);
    }

    /// <summary>
    /// Ordered by path (then id, so the choice is stable), one per file: the same file named with either separator
    /// is one file.
    /// </summary>
    private static List<T> InCorpusOrder<T>(IEnumerable<T> items, Func<T, string> path, Func<T, string> id)
    {
        // The first of each path in order, kept by a set rather than GroupBy and First, whose closures over T were
        // JIT-compiled in every fresh compiler process.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<T>();
        foreach (var item in items.OrderBy(path, StringComparer.Ordinal).ThenBy(id, StringComparer.Ordinal))
        {
            if (seen.Add(path(item).Replace('\\', '/')))
            {
                ordered.Add(item);
            }
        }

        return ordered;
    }

    private static (int[] People, int[] Organizations, int[] Places) AddEntities(
        ArticleFootprint article, string articleId, EntityMerger people, EntityMerger organizations, EntityMerger places)
    {
        // Arrays filled by loops rather than Select over ints, whose LINQ code the JIT compiles in every compiler process.
        var personSlots = new int[article.People.Count];
        for (var i = 0; i < personSlots.Length; i++)
        {
            var person = article.People[i];
            personSlots[i] = people.Add(person.Id, person.Name, person.Aliases, articleId);
            people.Entities[personSlots[i]].AddRoles(person.Roles);
        }

        var organizationSlots = new int[article.Organizations.Count];
        for (var i = 0; i < organizationSlots.Length; i++)
        {
            var organization = article.Organizations[i];
            organizationSlots[i] = organizations.Add(organization.Id, organization.Name, organization.Aliases, articleId);
        }

        var placeSlots = new int[article.Places.Count];
        for (var i = 0; i < placeSlots.Length; i++)
        {
            var place = article.Places[i];
            var known = places.Entities.Count;
            placeSlots[i] = places.Add(place.Id, place.Name, place.Aliases, articleId);
            if (placeSlots[i] == known)
            {
                places.Entities[placeSlots[i]].Kind = place.Kind;
            }
        }

        return (personSlots, organizationSlots, placeSlots);
    }

    private static EquatableArray<string> IdsAt(int[] slots, string[] ids)
    {
        var found = new string[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            found[i] = ids[slots[i]];
        }

        return new EquatableArray<string>(found);
    }

    private static void AddQuotes(
        ArticleFootprint article, string articleId, (int[] People, int[] Organizations, int[] Places) slots, EntityMerger people, EntityMerger organizations)
    {
        for (var q = 0; q < article.Quotes.Count; q++)
        {
            if (article.Quotes[q] is not { Kind: { } kind, Id: { } speaker })
            {
                continue;
            }

            var (entities, merger, local) = kind == EntityKind.Person
                ? (slots.People, people, IndexOf(article.People, speaker))
                : (slots.Organizations, organizations, IndexOf(article.Organizations, speaker));
            if (local >= 0)
            {
                merger.Entities[entities[local]].AddQuote(new QuoteRef(articleId, q));
            }
        }
    }

    private static int IndexOf(EquatableArray<EntityName> entities, string localId)
    {
        for (var i = 0; i < entities.Count; i++)
        {
            if (entities[i].Id == localId)
            {
                return i;
            }
        }

        return -1;
    }
}
