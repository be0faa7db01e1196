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

    public static void Link(IReadOnlyList<TextSegment> segments, IReadOnlyList<EntityDraft> people, IReadOnlyList<EntityDraft> organizations, IReadOnlyList<EntityDraft> places)
    {
        var forms = new KnownForms();
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

        foreach (var segment in segments)
        {
            for (var i = 0; i < segment.Tokens.Length; i++)
            {
                var token = segment.Tokens[i];
                if (segment.Claimed[i] || !token.IsWord || !token.IsCapitalized)
                {
                    continue;
                }

                var end = LinkExact(segment, i, forms);
                if (end < 0 && LinkVariant(segment, i, people))
                {
                    end = i;
                }

                if (end >= 0)
                {
                    segment.Claim(i, end);
                    i = end;
                }
            }
        }
    }

    private static int LinkExact(TextSegment segment, int i, KnownForms forms)
    {
        var longest = System.Math.Min(forms.LongestStartingWith(segment[i]), segment.Tokens.Length - i);
        for (var count = longest; count >= 1; count--)
        {
            var last = i + count - 1;
            if (segment.AnyClaimed(i, last) || !forms.TryFind(segment.Slice(i, last), out var targets))
            {
                continue;
            }

            if (count == 1 && NameWords.IsCommonWordAtSentenceStart(segment, i))
            {
                return -1;
            }

            var mention = segment.MentionOf(i, last);
            var (kind, draft) = Choose(targets, mention.Start);
            draft.AddMention(mention);
            if (kind != LinkKind.Person)
            {
                draft.AddAlias(mention.Text);
            }

            return last;
        }

        return -1;
    }

    /// <summary>People first, the one named last before <paramref name="start"/>; then organizations, then places.</summary>
    private static (LinkKind Kind, EntityDraft Draft) Choose(List<(LinkKind Kind, EntityDraft Draft)> targets, int start)
    {
        var best = targets[0];
        var bestLast = LastMentionBefore(best.Draft, start);
        foreach (var target in targets)
        {
            var last = LastMentionBefore(target.Draft, start);
            if (target.Kind < best.Kind || (target.Kind == best.Kind && last > bestLast))
            {
                best = target;
                bestLast = last;
            }
        }

        return best;
    }

    /// <summary>"Lindquist" where the article named "Mary Lindqvist": a lone name word spelled like a known surname.</summary>
    private static bool LinkVariant(TextSegment segment, int i, IReadOnlyList<EntityDraft> people)
    {
        var word = segment[i];
        if (word.Length < MinVariantLength || !NameWords.IsNameWord(segment, i) || NameWords.IsPlace(segment, i) || NameWords.IsCommonWordAtSentenceStart(segment, i))
        {
            return false;
        }

        var mention = segment.MentionOf(i, i);
        EntityDraft? best = null;
        var bestLast = int.MinValue;
        foreach (var person in people)
        {
            var space = person.Name.LastIndexOf(' ');
            var surname = space < 0 ? person.Name : person.Name.Substring(space + 1);
            var last = LastMentionBefore(person, mention.Start);
            if (SpellingVariants.Match(surname, word) && (best is null || last > bestLast))
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
        best.AddMention(mention);
        return true;
    }

    private static int LastMentionBefore(EntityDraft draft, int start)
    {
        var last = -1;
        foreach (var mention in draft.Mentions)
        {
            if (mention.Start < start && mention.Start > last)
            {
                last = mention.Start;
            }
        }

        return last;
    }
}
