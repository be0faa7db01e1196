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
        var merged = new List<EventDraft>();
        foreach (var draft in drafts)
        {
            var index = merged.FindIndex(existing => SameEvent(existing, draft));
            if (index < 0)
            {
                merged.Add(draft);
                continue;
            }

            var existing = merged[index];
            merged[index] = existing with
            {
                Place = existing.Place ?? draft.Place,
                Participants = existing.Participants.Concat(draft.Participants.Where(p => !existing.Participants.Contains(p))).ToList(),
                Noun = existing.Noun ?? draft.Noun,
            };
        }

        return merged;
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
