using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Entities.Linking;

/// <summary>
/// The latest mention of an entity before a position, in logarithmic time: the finders' mentions sorted once, and
/// the linker's own, which come in reading order, so the newest is the latest. Scanning every mention instead made
/// an article that names one person again and again quadratic. Both are kept on each draft
/// (<see cref="EntityDraft.FoundStarts"/>, <see cref="EntityDraft.LastLinked"/>): a map keyed by the drafts hashed
/// each draft's identity, which cost more than the searches.
/// </summary>
internal sealed class MentionHistory
{
    /// <param name="draftsOfEachKind">Every entity found, a list for each kind (lists, not a concatenation, so no enumerator is allocated).</param>
    public MentionHistory(params List<EntityDraft>[] draftsOfEachKind)
    {
        foreach (var drafts in draftsOfEachKind)
        {
            foreach (var draft in drafts)
            {
                var starts = new int[draft.Mentions.Count];
                for (var i = 0; i < starts.Length; i++)
                {
                    starts[i] = draft.Mentions[i].Start;
                }

                Array.Sort(starts);
                draft.FoundStarts = starts;
                draft.LastLinked = -1;
            }
        }
    }

    /// <summary>Records a mention the linker added, at <paramref name="start"/> (after every earlier one).</summary>
    public void Linked(EntityDraft draft, int start) => draft.LastLinked = start;

    /// <summary>Offset of the latest mention of <paramref name="draft"/> before <paramref name="start"/>, or -1.</summary>
    public int LastBefore(EntityDraft draft, int start)
    {
        var found = draft.FoundStarts;
        var at = Array.BinarySearch(found, start);
        var index = (at >= 0 ? at : ~at) - 1;
        var last = index >= 0 ? found[index] : -1;
        return draft.LastLinked < start ? Math.Max(last, draft.LastLinked) : last;
    }
}
