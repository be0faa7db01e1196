using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities.People;
using NewsGen.Extraction.Entities.Text;

namespace NewsGen.Extraction.Entities.Linking;

/// <summary>
/// The second reading: every further mention of an entity already found, by any of its names ("Lindquist",
/// "the Post", "Geneva" in a Title Case headline), and lone surnames spelled a little differently from a known
/// person's. A form shared by several people goes to the one named last before it.
/// </summary>
internal static class KnownFormLinker
{
    private const int MinVariantLength = 5;

    /// <summary>
    /// How many people with a surname of the same first letter a lone word is compared with, the latest found first:
    /// an article names far fewer, and comparing every word with every person is quadratic in a list of names.
    /// </summary>
    private const int VariantLookback = 64;

    public static void Link(List<TextSegment> segments, List<EntityDraft> people, List<EntityDraft> organizations, List<EntityDraft> places)
    {
        var forms = new KnownForms(FormCount(people) + FormCount(organizations) + FormCount(places));
        foreach (var person in people)
        {
            forms.Add(LinkKind.Person, person);
        }

        foreach (var organization in organizations)
        {
            forms.Add(LinkKind.Organization, organization);
        }

        foreach (var place in places)
        {
            forms.Add(LinkKind.Place, place);
        }

        var history = new MentionHistory(people, organizations, places);
        var bySurnameInitial = BySurnameInitial(people);
        foreach (var segment in segments)
        {
            // A mention linked here claims the words it spans, which are then passed over.
            foreach (var i in segment.MarkedWords)
            {
                if (segment.IsClaimed(i) || !segment.Tokens[i].IsCapitalized)
                {
                    continue;
                }

                var end = LinkExact(segment, i, forms, history);
                if (end < 0 && LinkVariant(segment, i, bySurnameInitial, history))
                {
                    end = i;
                }

                if (end >= 0)
                {
                    segment.Claim(i, end);
                }
            }
        }
    }

    /// <summary>How many names and aliases <paramref name="drafts"/> have.</summary>
    private static int FormCount(List<EntityDraft> drafts)
    {
        var count = 0;
        foreach (var draft in drafts)
        {
            count += 1 + draft.Aliases.Count;
        }

        return count;
    }

    // A loop rather than GroupBy over a char key, whose LINQ code the JIT compiles anew in every compiler process.
    private static Dictionary<char, List<KnownSurname>> BySurnameInitial(List<EntityDraft> people)
    {
        var byInitial = new Dictionary<char, List<KnownSurname>>();
        foreach (var person in people)
        {
            if (person.Name.Length == 0)
            {
                continue;
            }

            var surname = Surname(person);
            var initial = char.ToUpperInvariant(surname[0]);
            if (!byInitial.TryGetValue(initial, out var group))
            {
                byInitial[initial] = group = [];
            }

            group.Add(new KnownSurname(person, surname));
        }

        return byInitial;
    }

    private static int LinkExact(TextSegment segment, int i, KnownForms forms, MentionHistory history)
    {
        var longest = System.Math.Min(forms.LongestStartingWith(segment[i]), segment.Tokens.Length - i);
        for (var count = longest; count >= 1; count--)
        {
            var last = i + count - 1;
            if (segment.AnyClaimed(i, last) || !forms.TryFind(segment.Text, segment.Tokens[i].Start, segment.Tokens[last].End - segment.Tokens[i].Start, out var targets))
            {
                continue;
            }

            if (count == 1 && NameWords.IsCommonWordAtSentenceStart(segment, i))
            {
                return -1;
            }

            var mention = segment.MentionOf(i, last);
            var (kind, draft) = Choose(targets, mention.Start, history);
            draft.AddMention(mention);
            history.Linked(draft, mention.Start);
            if (kind != LinkKind.Person)
            {
                draft.AddAlias(mention.Text);
            }

            return last;
        }

        return -1;
    }

    /// <summary>People first, the one named last before <paramref name="start"/>; then organizations, then places.</summary>
    private static LinkTarget Choose(LinkTargets targets, int start, MentionHistory history)
    {
        var best = targets[0];
        if (targets.Count == 1)
        {
            return best;
        }

        var bestLast = history.LastBefore(best.Draft, start);
        for (var k = 1; k < targets.Count; k++)
        {
            var target = targets[k];
            var last = history.LastBefore(target.Draft, start);
            if (target.Kind < best.Kind || (target.Kind == best.Kind && last > bestLast))
            {
                best = target;
                bestLast = last;
            }
        }

        return best;
    }

    /// <summary>"Lindquist" where the article named "Mary Lindqvist": a lone name word spelled like a known surname.</summary>
    private static bool LinkVariant(TextSegment segment, int i, Dictionary<char, List<KnownSurname>> bySurnameInitial, MentionHistory history)
    {
        if (segment.Tokens[i].Length < MinVariantLength || !NameWords.IsNameWord(segment, i) || NameWords.IsPlace(segment, i) || NameWords.IsCommonWordAtSentenceStart(segment, i))
        {
            return false;
        }

        var word = segment[i];

        if (!bySurnameInitial.TryGetValue(char.ToUpperInvariant(word[0]), out var people))
        {
            return false;
        }

        var start = segment.Start + segment.Tokens[i].Start;
        EntityDraft? best = null;
        var bestLast = int.MinValue;
        // Latest first; on a tie the earlier person wins, as when every person was compared in order.
        for (var p = people.Count - 1; p >= Math.Max(0, people.Count - VariantLookback); p--)
        {
            // The spelling first: most people's surnames are not this word's, and their last mention is not needed.
            if (!SpellingVariants.Match(people[p].Surname, word))
            {
                continue;
            }

            var person = people[p].Person;
            var last = history.LastBefore(person, start);
            if (best is null || last >= bestLast)
            {
                best = person;
                bestLast = last;
            }
        }

        if (best is null)
        {
            return false;
        }

        best.AddAlias(word);
        best.AddMention(segment.MentionOf(i, i));
        history.Linked(best, start);
        return true;
    }

    private static string Surname(EntityDraft person)
    {
        var space = person.Name.LastIndexOf(' ');
        return space < 0 ? person.Name : person.Name.Substring(space + 1);
    }

    /// <summary>A person and the last word of their name, cut once: a lone word is compared with it many times.</summary>
    private sealed record KnownSurname(EntityDraft Person, string Surname);
}
