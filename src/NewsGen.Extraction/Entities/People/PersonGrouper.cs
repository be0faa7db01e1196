using System.Collections.Generic;
using System.Linq;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Sorts name forms into people: full names with the same given name and a matching surname (spelling
/// variants included) are one person; a lone surname joins the person of that surname mentioned last before
/// it, or the first one, or else stands for a person of its own.
/// </summary>
internal static class PersonGrouper
{
    public static List<PersonGroup> Group(IEnumerable<PersonForm> forms)
    {
        var ordered = FormCleanup.DropEpithets(forms.OrderBy(f => f.Mention.Start).ToList());
        var groups = new List<PersonGroup>();
        foreach (var form in ordered.Where(f => f.IsFull))
        {
            Join(groups, groups.FirstOrDefault(g => g.Accepts(form)), form);
        }

        foreach (var form in ordered.Where(f => !f.IsFull))
        {
            Join(groups, BestBySurname(groups, form.Surname, form.Mention.Start), form);
        }

        return groups;
    }

    /// <summary>Adds <paramref name="form"/> to <paramref name="group"/>, or makes it a person of its own when there is none.</summary>
    private static void Join(List<PersonGroup> groups, PersonGroup? group, PersonForm form)
    {
        if (group is null)
        {
            groups.Add(new PersonGroup(form));
        }
        else
        {
            group.Add(form);
        }
    }

    /// <summary>The person with this surname (or a spelling of it) mentioned last before <paramref name="start"/>, else the first such.</summary>
    public static PersonGroup? BestBySurname(IEnumerable<PersonGroup> groups, string surname, int start)
    {
        PersonGroup? best = null;
        var bestStart = int.MinValue;
        foreach (var group in groups)
        {
            if (!group.HasSurname(surname))
            {
                continue;
            }

            var last = group.LastMentionBefore(start);
            if (best is null || last > bestStart)
            {
                best = group;
                bestStart = last;
            }
        }

        return best;
    }
}
