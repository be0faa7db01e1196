using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities;

/// <summary>
/// Turns drafts into the model: each kind in order of first mention, mentions in text order, and an id from
/// the name that is unique within the article (a repeated id gets 2, 3, … appended). A person's id leaves out
/// middle initials, the way people are referred to in code and in conversation ("Ada K. Lindholm" → AdaLindholm).
/// </summary>
internal static class EntityAssembler
{
    public static EntitySet Assemble(List<EntityDraft> people, List<EntityDraft> organizations, List<EntityDraft> places)
    {
        // A map sized once, each id mapped to itself (netstandard's sets take no capacity): a set grown step by step
        // cost more than the ids it checked.
        var ids = new Dictionary<string, string>(people.Count + organizations.Count + places.Count, System.StringComparer.Ordinal);
        var personRecords = new List<Person>(people.Count);
        foreach (var d in InOrder(people))
        {
            personRecords.Add(new Person(UniqueId(ids, WithoutMiddleInitials(d.Name)), d.Name, d.Aliases.ToEquatableArray(), d.Roles.ToEquatableArray(), Mentions(d)));
        }

        var organizationRecords = new List<Organization>(organizations.Count);
        foreach (var d in InOrder(organizations))
        {
            organizationRecords.Add(new Organization(UniqueId(ids, d.Name), d.Name, d.Aliases.ToEquatableArray(), Mentions(d)));
        }

        var placeRecords = new List<Place>(places.Count);
        foreach (var d in InOrder(places))
        {
            placeRecords.Add(new Place(UniqueId(ids, d.Name), d.Name, d.Kind, d.Aliases.ToEquatableArray(), Mentions(d)));
        }

        return new EntitySet(personRecords, organizationRecords, placeRecords);
    }

    /// <summary>
    /// The mentioned drafts by first mention (a stable sort), sorted only when they are not already: drafts are made
    /// as their first mention is read, so most lists are in order.
    /// </summary>
    private static List<EntityDraft> InOrder(List<EntityDraft> drafts)
    {
        var mentioned = new List<EntityDraft>(drafts.Count);
        var sorted = true;
        var previous = int.MinValue;
        foreach (var draft in drafts)
        {
            if (draft.Mentions.Count > 0)
            {
                var first = draft.FirstStart;
                sorted &= first >= previous;
                previous = first;
                mentioned.Add(draft);
            }
        }

        return sorted ? mentioned : mentioned.OrderBy(d => d.FirstStart).ToList();
    }

    private static readonly System.Comparison<Mention> ByStart = static (a, b) => a.Start.CompareTo(b.Start);

    /// <summary>Mentions in text order: a draft keeps one mention per start, so a sort in place needs no stable LINQ ordering.</summary>
    private static EquatableArray<Mention> Mentions(EntityDraft draft)
    {
        var mentions = draft.Mentions.ToArray();
        System.Array.Sort(mentions, ByStart);
        return new EquatableArray<Mention>(mentions);
    }

    private static string WithoutMiddleInitials(string name)
    {
        // Most names have one or two words: no middle word to split off.
        if (name.IndexOf(' ') == name.LastIndexOf(' '))
        {
            return name;
        }

        var words = name.Split(' ');

        var kept = words.Where((word, i) => i == 0 || i == words.Length - 1 || !IsInitial(word));
        return string.Join(" ", kept);
    }

    private static bool IsInitial(string word) =>
        (word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.') || (word.Length == 1 && char.IsUpper(word[0]));

    private static string UniqueId(Dictionary<string, string> ids, string name)
    {
        var id = CSharpIdentifier.From(name, "Entity");
        var unique = id;
        for (var n = 2; ids.ContainsKey(unique); n++)
        {
            unique = id + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        ids.Add(unique, unique);
        return unique;
    }
}
