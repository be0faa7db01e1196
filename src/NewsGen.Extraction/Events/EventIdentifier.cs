using System.Collections.Generic;
using System.Globalization;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Identifiers;

namespace NewsGen.Extraction.Events;

/// <summary>
/// Readable ids: where and what with the day when the sentence names an event ("GenevaMeeting12December2018"),
/// otherwise who with the day ("TomasFerreyra28November2018"); a repeated id gets a number.
/// </summary>
internal static class EventIdentifier
{
    /// <summary>One unique id per draft, in order.</summary>
    public static List<string> Assign(IReadOnlyList<EventDraft> drafts)
    {
        var used = new HashSet<string>();
        var ids = new List<string>(drafts.Count);
        foreach (var draft in drafts)
        {
            var who = draft.Participants.Count > 0 ? draft.Participants[0].Name : string.Empty;
            var what = draft.Noun is { } noun ? $"{draft.Place ?? who} {noun}" : who;
            var date = draft.Date;
            var id = CSharpIdentifier.From(
                string.Format(CultureInfo.InvariantCulture, "{0} {1} {2} {3}", what, date.Day, CalendarNames.MonthName(date.Month), date.Year),
                "Event");
            var unique = id;
            for (var n = 2; !used.Add(unique); n++)
            {
                unique = id + n.ToString(CultureInfo.InvariantCulture);
            }

            ids.Add(unique);
        }

        return ids;
    }
}
