using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Entities.Lexicon;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Writes the corpus index as a content record, in the order <c>NewsGen.Runtime.ArticleTable</c> and
/// <c>ContentIndex</c> read it: each article's identity and place (group and slot) first, so finding an article reads
/// nothing else, then the words <c>People.Find</c> may skip, the entities with the positions of their articles, and
/// the dated events by day.
/// </summary>
internal static class IndexRecord
{
    public static string Write(CorpusIndex index)
    {
        var writer = new ContentWriter();
        var positions = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var slots = EmitUnits.Slots(index.Articles.Select(a => a.SourcePath).ToList());
        writer.Int(index.Articles.Count);
        for (var i = 0; i < index.Articles.Count; i++)
        {
            var article = index.Articles[i];
            positions[article.Id] = i;
            writer.String(article.Id).String(article.Slug).Int(slots[i].Group).Int(slots[i].Slot).Int(article.QuoteCount);
        }

        writer.Strings(NameTitles.All.ToList());
        writer.Int(index.People.Count);
        foreach (var person in index.People)
        {
            Articles(writer.String(person.Id).String(person.Name).Strings(person.Aliases).Strings(person.Roles), person.Articles, positions);
        }

        writer.Int(index.Organizations.Count);
        foreach (var organization in index.Organizations)
        {
            Articles(writer.String(organization.Id).String(organization.Name).Strings(organization.Aliases), organization.Articles, positions);
        }

        writer.Int(index.Places.Count);
        foreach (var place in index.Places)
        {
            Articles(writer.String(place.Id).String(place.Name).Int((int)place.Kind).Strings(place.Aliases), place.Articles, positions);
        }

        var dated = index.Articles
            .SelectMany((a, i) => a.DatedEvents.Select(e => (e.Date, Article: i, e.Index)))
            .OrderBy(e => e.Date)
            .ThenBy(e => e.Article)
            .ThenBy(e => e.Index)
            .ToList();
        writer.Int(dated.Count);
        foreach (var e in dated)
        {
            writer.Date(e.Date).Int(e.Article).Int(e.Index);
        }

        return writer.ToString();
    }

    private static void Articles(ContentWriter writer, IEnumerable<string> articleIds, Dictionary<string, int> positions)
    {
        var found = articleIds.Where(positions.ContainsKey).Select(id => positions[id]).Distinct().ToList();
        writer.Int(found.Count);
        foreach (var position in found)
        {
            writer.Int(position);
        }
    }
}
