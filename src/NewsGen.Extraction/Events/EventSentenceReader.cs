using System.Collections.Generic;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Events;

/// <summary>
/// The sentences of the caption and body in reading order. A sentence's dates and entities are looked up only
/// when it is asked for: events need the dated sentences and the few before them, not the whole article.
/// </summary>
internal sealed class EventSentenceReader
{
    private readonly List<SentenceSpan> _spans = [];
    private readonly EventSentence?[] _read;
    private readonly EntitySet _entities;
    private readonly DateResolution _dates;

    /// <summary>Splits the caption and body of <paramref name="structure"/> into sentences.</summary>
    public EventSentenceReader(ArticleStructure structure, EntitySet entities, DateResolution dates)
    {
        _entities = entities;
        _dates = dates;
        foreach (var unit in TextUnit.Of(structure))
        {
            foreach (var (start, end) in unit.Sentences)
            {
                _spans.Add(new SentenceSpan(unit.Paragraph, unit.Text, unit.Start, start, end));
            }
        }

        _read = new EventSentence?[_spans.Count];
    }

    /// <summary>How many sentences there are.</summary>
    public int Count => _spans.Count;

    /// <summary>The paragraph of sentence <paramref name="index"/> (-2 for the caption).</summary>
    public int ParagraphOf(int index) => _spans[index].Paragraph;

    /// <summary>Whether sentence <paramref name="index"/> holds a resolved date.</summary>
    public bool IsDated(int index) => FirstDate(_spans[index].From, _spans[index].To) is not null;

    /// <summary>Sentence <paramref name="index"/> with its date, entities, place and event nouns.</summary>
    public EventSentence this[int index] => _read[index] ??= Read(index);

    private EventSentence Read(int index)
    {
        var span = _spans[index];
        var (paragraph, from, to) = (span.Paragraph, span.From, span.To);
        var trimmed = span.UnitText.Substring(span.Start, span.End - span.Start).Trim();
        return new EventSentence(
            paragraph,
            trimmed,
            FirstDate(from, to),
            Named(_entities.People, EntityKind.Person, p => (p.Id, p.Name, p.Mentions), from, to),
            Named(_entities.Organizations, EntityKind.Organization, o => (o.Id, o.Name, o.Mentions), from, to),
            MostSpecificPlace(_entities.Places, from, to),
            EventNouns.In(trimmed));
    }

    private CalendarDate? FirstDate(int from, int to)
    {
        DateMention? first = null;
        foreach (var date in _dates.Dates)
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
        var found = new List<FoundEntity>();
        foreach (var entity in entities)
        {
            var (id, name, mentions) = parts(entity);
            if (FirstMentionInside(mentions, from, to) is { } start)
            {
                found.Add(new FoundEntity(start, new EntityRef(kind, id, name)));
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

    // Classes rather than tuples: lists of a value type are JIT-compiled anew in every compiler process.
    // The sentence's text is cut out only when the sentence is read: most sentences are only asked whether they are dated.
    private sealed record SentenceSpan(int Paragraph, string UnitText, int UnitStart, int Start, int End)
    {
        public int From => UnitStart + Start;

        public int To => UnitStart + End;
    }

    private sealed record FoundEntity(int Start, EntityRef Entity);
}
