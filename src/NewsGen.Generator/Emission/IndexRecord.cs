using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Model;

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
        var slots = EmitUnits.Slots(EmitUnits.Paths(index));
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

        var dated = new List<DatedEntry>();
        for (var i = 0; i < index.Articles.Count; i++)
        {
            foreach (var e in index.Articles[i].DatedEvents)
            {
                dated.Add(new DatedEntry(e.Date, i, e.Index));
            }
        }

        dated.Sort(DatedEntry.Compare);
        writer.Int(dated.Count);
        foreach (var e in dated)
        {
            writer.Date(e.Date).Int(e.Article).Int(e.Index);
        }

        return writer.ToString();
    }

    // Each id has one position, so distinct ids give distinct positions. A loop, and a class in place of a tuple above:
    // LINQ over value types is JIT-compiled anew in every fresh compiler process.
    private static void Articles(ContentWriter writer, IEnumerable<string> articleIds, Dictionary<string, int> positions)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var found = new List<int>();
        foreach (var id in articleIds)
        {
            if (positions.TryGetValue(id, out var position) && seen.Add(id))
            {
                found.Add(position);
            }
        }

        writer.Int(found.Count);
        foreach (var position in found)
        {
            writer.Int(position);
        }
    }

    private sealed record DatedEntry(CalendarDate Date, int Article, int Index)
    {
        /// <summary>
        /// By day, then article, then event. An article's events have distinct indexes, so no two entries are equal and
        /// the unstable <c>List.Sort</c> orders them as a stable sort would; a comparison in place of <c>OrderBy</c>
        /// and two <c>ThenBy</c> keys, whose generic code the JIT compiles in every fresh compiler process.
        /// </summary>
        public static int Compare(DatedEntry x, DatedEntry y)
        {
            var byDay = x.Date.CompareTo(y.Date);
            if (byDay != 0)
            {
                return byDay;
            }

            return x.Article != y.Article ? x.Article.CompareTo(y.Article) : x.Index.CompareTo(y.Index);
        }
    }
}
