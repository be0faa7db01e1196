using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Entities.Linking;

/// <summary>
/// The latest mention of an entity before a position, in logarithmic time: the finders' mentions sorted once, and
/// the linker's own, which come in reading order, so the newest is the latest. Scanning every mention instead made
/// an article that names one person again and again quadratic.
/// </summary>
internal sealed class MentionHistory
{
    private readonly Dictionary<EntityDraft, int[]> _found;
    private readonly Dictionary<EntityDraft, int> _linked = [];

    /// <param name="count">How many <paramref name="drafts"/> there are.</param>
    /// <param name="drafts">Every entity found.</param>
    public MentionHistory(int count, IEnumerable<EntityDraft> drafts)
    {
        _found = new Dictionary<EntityDraft, int[]>(count);
        foreach (var draft in drafts)
        {
            var starts = new int[draft.Mentions.Count];
            for (var i = 0; i < starts.Length; i++)
            {
                starts[i] = draft.Mentions[i].Start;
            }

            Array.Sort(starts);
            _found[draft] = starts;
        }
    }

    /// <summary>Records a mention the linker added, at <paramref name="start"/> (after every earlier one).</summary>
    public void Linked(EntityDraft draft, int start) => _linked[draft] = start;

    /// <summary>Offset of the latest mention of <paramref name="draft"/> before <paramref name="start"/>, or -1.</summary>
    public int LastBefore(EntityDraft draft, int start)
    {
        var found = _found[draft];
        var at = Array.BinarySearch(found, start);
        var index = (at >= 0 ? at : ~at) - 1;
        var last = index >= 0 ? found[index] : -1;
        return _linked.TryGetValue(draft, out var linked) && linked < start ? Math.Max(last, linked) : last;
    }
}
