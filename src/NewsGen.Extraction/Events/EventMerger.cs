using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Events;

/// <summary>
/// One event told twice (a caption and the body, a lead and a later paragraph) is one event: drafts with the
/// same date whose participants are the same or one set contains the other, and whose places do not differ,
/// are merged. The first telling in reading order keeps its summary and paragraph; participants are united.
/// </summary>
internal static class EventMerger
{
    /// <summary>The drafts with duplicates merged, in order of first telling.</summary>
    public static List<EventDraft> Merge(IEnumerable<EventDraft> drafts)
    {
        // Loops rather than FindIndex and Where with closures, which every fresh compiler process JIT-compiled.
        var merged = new List<EventDraft>();
        foreach (var draft in drafts)
        {
            var index = IndexOfSame(merged, draft);
            if (index < 0)
            {
                merged.Add(draft);
                continue;
            }

            var existing = merged[index];
            var participants = new List<EntityRef>(existing.Participants);
            foreach (var participant in draft.Participants)
            {
                if (!existing.Participants.Contains(participant))
                {
                    participants.Add(participant);
                }
            }

            merged[index] = existing with
            {
                Place = existing.Place ?? draft.Place,
                Participants = participants,
                Noun = existing.Noun ?? draft.Noun,
            };
        }

        return merged;
    }

    private static int IndexOfSame(List<EventDraft> merged, EventDraft draft)
    {
        for (var i = 0; i < merged.Count; i++)
        {
            if (SameEvent(merged[i], draft))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool SameEvent(EventDraft a, EventDraft b)
    {
        if (a.Date != b.Date || (a.Place is not null && b.Place is not null && a.Place != b.Place))
        {
            return false;
        }

        var left = new HashSet<EntityRef>(a.Participants);
        var right = new HashSet<EntityRef>(b.Participants);
        return left.IsSubsetOf(right) || right.IsSubsetOf(left);
    }
}
