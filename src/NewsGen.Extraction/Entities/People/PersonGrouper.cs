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
    /// <summary>
    /// How many of the people found last a full name that is not written exactly as before is compared with. An
    /// article names far fewer people, and comparing every name with every person is quadratic in a list of names.
    /// </summary>
    public const int Lookback = 64;

    public static List<PersonGroup> Group(List<PersonForm> forms)
    {
        var ordered = FormCleanup.DropEpithets(InReadingOrder(forms));
        var groups = new List<PersonGroup>();
        var byText = new Dictionary<string, PersonGroup>(ordered.Count, System.StringComparer.OrdinalIgnoreCase);
        foreach (var form in ordered)
        {
            if (!form.IsFull)
            {
                continue;
            }

            var text = form.Text;
            var group = byText.TryGetValue(text, out var same) ? same : RecentAccepting(groups, form);
            Join(groups, group, form);
            byText[text] = group ?? groups[groups.Count - 1];
        }

        foreach (var form in ordered)
        {
            if (!form.IsFull)
            {
                Join(groups, BestBySurname(groups, form.Surname, form.Mention.Start), form);
            }
        }

        return groups;
    }

    /// <summary>
    /// <paramref name="forms"/> in reading order (a stable sort), the list itself when it already is: the finder adds
    /// forms in reading order, so most lists need no sort.
    /// </summary>
    public static List<PersonForm> InReadingOrder(List<PersonForm> forms)
    {
        for (var i = 1; i < forms.Count; i++)
        {
            if (forms[i].Mention.Start < forms[i - 1].Mention.Start)
            {
                return forms.OrderBy(f => f.Mention.Start).ToList();
            }
        }

        return forms;
    }

    /// <summary>The first of the <see cref="Lookback"/> latest groups that accepts <paramref name="form"/>.</summary>
    private static PersonGroup? RecentAccepting(List<PersonGroup> groups, PersonForm form)
    {
        for (var g = System.Math.Max(0, groups.Count - Lookback); g < groups.Count; g++)
        {
            if (groups[g].Accepts(form))
            {
                return groups[g];
            }
        }

        return null;
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
    public static PersonGroup? BestBySurname(List<PersonGroup> groups, string surname, int start)
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
