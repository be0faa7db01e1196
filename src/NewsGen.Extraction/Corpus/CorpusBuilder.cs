using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// Turns the per-file extraction results into one <see cref="Corpus"/>: the same result whatever order the files
/// came in, a file listed twice counted once, identifiers made unique, entities merged across articles.
/// </summary>
public static class CorpusBuilder
{
    /// <summary>Builds the corpus. Results without an article (skipped files) are left out.</summary>
    public static Corpus Build(IEnumerable<ExtractionResult> results)
    {
        var articles = results
            .Select(r => r.Article)
            .OfType<Article>()
            .OrderBy(a => a.SourcePath, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .GroupBy(a => PathKey(a.SourcePath), StringComparer.Ordinal)
            .Select(g => g.First())
            .ToList();
        if (articles.Count == 0)
        {
            return Corpus.Empty;
        }

        var (ids, slugs, diagnostics) = ArticleIdAssigner.Assign(articles);
        var people = new EntityMerger();
        var organizations = new EntityMerger();
        var places = new EntityMerger();
        var slots = new List<(int[] People, int[] Organizations, int[] Places)>(articles.Count);
        for (var i = 0; i < articles.Count; i++)
        {
            slots.Add(AddEntities(articles[i], ids[i], people, organizations, places));
        }

        var personIds = people.AssignIds(ReservedNames.People, "Person");
        var organizationIds = organizations.AssignIds(ReservedNames.Organizations, "Organization");
        var placeIds = places.AssignIds(ReservedNames.Places, "Place");
        var corpusArticles = new CorpusArticle[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            corpusArticles[i] = new CorpusArticle(
                ids[i],
                slugs[i],
                articles[i],
                slots[i].People.Select(p => personIds[p]).ToEquatableArray(),
                slots[i].Organizations.Select(o => organizationIds[o]).ToEquatableArray(),
                slots[i].Places.Select(p => placeIds[p]).ToEquatableArray());
            AddQuotes(corpusArticles[i], slots[i], people, organizations);
        }

        return new Corpus(
            corpusArticles.ToEquatableArray(),
            people.Entities.Select((e, i) => new CorpusPerson(personIds[i], e.Name, e.Aliases, e.Roles, e.Articles, e.Quotes)).ToEquatableArray(),
            organizations.Entities.Select((e, i) => new CorpusOrganization(organizationIds[i], e.Name, e.Aliases, e.Articles, e.Quotes)).ToEquatableArray(),
            places.Entities.Select((e, i) => new CorpusPlace(placeIds[i], e.Name, e.Kind, e.Aliases, e.Articles)).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>The same file named with either separator is one file.</summary>
    private static string PathKey(string path) => path.Replace('\\', '/');

    private static (int[] People, int[] Organizations, int[] Places) AddEntities(
        Article article, string articleId, EntityMerger people, EntityMerger organizations, EntityMerger places)
    {
        var personSlots = article.People.Select(p =>
        {
            var slot = people.Add(p.Id, p.Name, p.Aliases, articleId);
            people.Entities[slot].AddRoles(p.Roles);
            return slot;
        }).ToArray();
        var organizationSlots = article.Organizations.Select(o => organizations.Add(o.Id, o.Name, o.Aliases, articleId)).ToArray();
        var placeSlots = article.Places.Select(p =>
        {
            var known = places.Entities.Count;
            var slot = places.Add(p.Id, p.Name, p.Aliases, articleId);
            if (slot == known)
            {
                places.Entities[slot].Kind = p.Kind;
            }

            return slot;
        }).ToArray();
        return (personSlots, organizationSlots, placeSlots);
    }

    private static void AddQuotes(CorpusArticle article, (int[] People, int[] Organizations, int[] Places) slots, EntityMerger people, EntityMerger organizations)
    {
        var personIds = article.Article.People.Select(p => p.Id).ToList();
        var organizationIds = article.Article.Organizations.Select(o => o.Id).ToList();
        for (var q = 0; q < article.Article.Quotes.Count; q++)
        {
            if (article.Article.Quotes[q].Speaker is not { } speaker)
            {
                continue;
            }

            var (entities, merger, localIds) = speaker.Kind == EntityKind.Person
                ? (slots.People, people, personIds)
                : (slots.Organizations, organizations, organizationIds);
            var local = localIds.IndexOf(speaker.Id);
            if (local >= 0)
            {
                merger.Entities[entities[local]].AddQuote(new QuoteRef(article.Id, q));
            }
        }
    }
}
