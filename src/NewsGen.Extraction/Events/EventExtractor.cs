using System.Collections.Generic;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Events;

/// <summary>
/// Reads events (who, where, when) from sentences that carry a resolved date and participants: the people and
/// organizations named in the sentence, or, when it names no person, the people of the sentence it retells
/// (see <see cref="EventCoreference"/>). The place is the most specific place named in the sentence. Events told
/// twice are merged (see <see cref="EventMerger"/>).
/// </summary>
public static class EventExtractor
{
    /// <summary>The events of one article.</summary>
    public static IReadOnlyList<NewsEvent> Extract(ArticleStructure structure, EntitySet entities, DateResolution dates)
    {
        if (!HasResolvedDate(dates))
        {
            return [];
        }

        var sentences = new EventSentenceReader(structure, entities, dates);
        var drafts = new List<EventDraft>();
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences.IsDated(i) && Draft(sentences, i) is { } draft)
            {
                drafts.Add(draft);
            }
        }

        var merged = EventMerger.Merge(drafts);
        var ids = EventIdentifier.Assign(merged);
        var events = new List<NewsEvent>(merged.Count);
        for (var i = 0; i < merged.Count; i++)
        {
            var draft = merged[i];
            events.Add(new NewsEvent(ids[i], draft.Date, draft.Place, draft.Participants.ToEquatableArray(), draft.Summary, draft.Paragraph));
        }

        return events;
    }

    private static bool HasResolvedDate(DateResolution dates)
    {
        foreach (var date in dates.Dates)
        {
            if (date.Value is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static EventDraft? Draft(EventSentenceReader sentences, int index)
    {
        var sentence = sentences[index];
        if (sentence.Date is not { } date)
        {
            return null;
        }

        var participants = new List<EntityRef>(sentence.People);
        var place = sentence.Place;
        var noun = sentence.Nouns.Count > 0 ? sentence.Nouns[0] : null;
        if (participants.Count == 0 && EventCoreference.Antecedent(sentences, index) is { } antecedent)
        {
            participants.AddRange(antecedent.People);
            place ??= antecedent.Place;
        }

        participants.AddRange(sentence.Organizations);
        return participants.Count == 0 ? null : new EventDraft(date, place, participants, sentence.Text, sentence.Paragraph, noun);
    }
}
