using System.Collections.Generic;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Events;

/// <summary>Reads every sentence of the caption and body with the dates and entities mentioned inside it.</summary>
internal static class EventSentenceReader
{
    /// <summary>All sentences in reading order (caption first).</summary>
    public static List<EventSentence> Read(ArticleStructure structure, EntitySet entities, DateResolution dates)
    {
        var sentences = new List<EventSentence>();
        foreach (var unit in TextUnit.Of(structure))
        {
            foreach (var (start, length) in SentenceSplitter.Split(unit.Text))
            {
                var text = unit.Text.Substring(start, length).Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                var from = unit.Start + start;
                var to = from + length;
                sentences.Add(new EventSentence(
                    unit.Paragraph,
                    text,
                    FirstDate(dates.Dates, from, to),
                    Named(entities.People, EntityKind.Person, p => (p.Id, p.Name, p.Mentions), from, to),
                    Named(entities.Organizations, EntityKind.Organization, o => (o.Id, o.Name, o.Mentions), from, to),
                    MostSpecificPlace(entities.Places, from, to),
                    EventNouns.In(text)));
            }
        }

        return sentences;
    }

    private static CalendarDate? FirstDate(IReadOnlyList<DateMention> dates, int from, int to)
    {
        DateMention? first = null;
        foreach (var date in dates)
        {
            if (date.Value is not null && Inside(date.Start, date.Length, from, to) && (first is null || date.Start < first.Start))
            {
                first = date;
            }
        }

        return first?.Value;
    }

    private static List<EntityRef> Named<T>(
        IReadOnlyList<T> entities, EntityKind kind, System.Func<T, (string Id, string Name, EquatableArray<Mention> Mentions)> parts, int from, int to)
    {
        var found = new List<(int Start, EntityRef Entity)>();
        foreach (var entity in entities)
        {
            var (id, name, mentions) = parts(entity);
            if (FirstMentionInside(mentions, from, to) is { } start)
            {
                found.Add((start, new EntityRef(kind, id, name)));
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found.ConvertAll(f => f.Entity);
    }

    // Ties between places go to the more specific kind (a city over its country), then to the earlier mention.
    private static string? MostSpecificPlace(IReadOnlyList<Place> places, int from, int to)
    {
        Place? best = null;
        var bestStart = int.MaxValue;
        foreach (var place in places)
        {
            if (FirstMentionInside(place.Mentions, from, to) is not { } start)
            {
                continue;
            }

            if (best is null || place.Kind < best.Kind || (place.Kind == best.Kind && start < bestStart))
            {
                best = place;
                bestStart = start;
            }
        }

        return best?.Name;
    }

    private static int? FirstMentionInside(EquatableArray<Mention> mentions, int from, int to)
    {
        int? first = null;
        foreach (var mention in mentions)
        {
            if (Inside(mention.Start, mention.Length, from, to) && (first is null || mention.Start < first))
            {
                first = mention.Start;
            }
        }

        return first;
    }

    private static bool Inside(int start, int length, int from, int to) => start >= from && start + length <= to;
}
