using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Places;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Organizations;

/// <summary>
/// Finds organizations after people have claimed their names: well-known names, names built on a head word
/// ("Andean Weavers Union", "Kellerton Post", "Ministry of Defence"), a name with "campaign" or "administration"
/// ("the Ferreyra campaign", "Arbogast’s campaign" named "Arbogast campaign"), acronyms ("NORSEC", "AFRICOM", with "(NORSEC)" after a full name as its alias), the
/// source in "according to X" and a name no person claimed that speaks ("Blue Harbor said").
/// </summary>
internal static class OrganizationFinder
{
    private const int MaxOfWords = 8;

    public static void Find(List<TextSegment> segments, OrganizationCollector organizations, Func<string, bool> isPersonName)
    {
        foreach (var segment in segments)
        {
            // An organization claimed here claims the words it spans, which are then passed over.
            foreach (var i in segment.MarkedWords)
            {
                if (segment.IsClaimed(i))
                {
                    continue;
                }

                // Each way of naming an organization starts at a capitalized word or an acronym.
                var token = segment.Tokens[i];
                var end = token.IsCapitalized || token.Has(TokenFlags.AllCaps) ? Match(segment, i, organizations, isPersonName) : -1;
                if (end >= 0)
                {
                    segment.Claim(i, end);
                }
                else if (token.Has(TokenFlags.Hyphenated))
                {
                    AcronymFinder.FindInParts(segment, i, organizations);
                }
            }
        }

        organizations.AddPublicationAliases();
        organizations.AddDepartmentAliases();
    }

    /// <summary>The last token of the organization named from token <paramref name="i"/> on, or -1.</summary>
    private static int Match(TextSegment segment, int i, OrganizationCollector organizations, Func<string, bool> isPersonName)
    {
        var end = segment.ReliableCase ? HeadWordName(segment, i, organizations) : -1;
        end = end >= 0 ? end : Known(segment, i, organizations);
        end = end >= 0 ? end : Affiliation(segment, i, organizations);
        end = end >= 0 ? end : AcronymFinder.Match(segment, i, organizations);
        end = end >= 0 ? end : AccordingTo(segment, i, organizations, isPersonName);
        return end >= 0 ? end : Speaking(segment, i, organizations);
    }

    private static int Known(TextSegment segment, int i, OrganizationCollector organizations)
    {
        if (!segment.Tokens[i].IsCapitalized)
        {
            return -1;
        }

        var longest = Math.Min(KnownOrganizations.LongestNameStartingWith(segment[i]), segment.Tokens.Length - i);
        for (var count = longest; count >= 1; count--)
        {
            var last = i + count - 1;
            if (!segment.AnyClaimed(i, last) && KnownOrganizations.TryFind(segment, i, last, out var name))
            {
                organizations.Add(name, segment.MentionOf(i, last));
                return last;
            }
        }

        return -1;
    }

    /// <summary>"the Ferreyra campaign": one or two name words before an affiliation noun.</summary>
    private static int Affiliation(TextSegment segment, int i, OrganizationCollector organizations)
    {
        if (!People.NameWords.IsNameWord(segment, i))
        {
            return -1;
        }

        for (var noun = i + 1; noun <= i + 2 && noun < segment.Tokens.Length; noun++)
        {
            if (segment.Tokens[noun].IsWord && segment.IsIn(noun, WordClass.AffiliationNoun))
            {
                var owner = segment.Text.Substring(segment.Tokens[i].Start, segment.Tokens[noun - 1].End - segment.Tokens[i].Start);
                organizations.Add(owner + " " + segment[noun], segment.MentionOf(i, noun));
                return noun;
            }

            if (segment.Tokens[noun - 1].Has(TokenFlags.Possessive) || !People.NameWords.IsNameWord(segment, noun) || segment.IsClaimed(noun))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Capitalized words up to an organization head word ("Securities and Exchange Commission", but two names in
    /// "Electoral Commission and National Union"), and "of …" after it ("Ministry of Trade and Industry"); returns
    /// the last token or -1.
    /// </summary>
    private static int HeadWordName(TextSegment segment, int i, OrganizationCollector organizations)
    {
        if (!IsNamePart(segment, i) || (segment.Tokens[i].Has(TokenFlags.SentenceStart) && segment.IsIn(i, WordClass.StopWord)))
        {
            return -1;
        }

        var head = -1;
        var joined = false;
        var afterOf = false;
        var j = i;
        while (j < segment.Tokens.Length && IsNamePart(segment, j))
        {
            // The head is the last one before "of" or "for", if any: a head word after them is read by the "of"
            // extension ("Association of Securities Dealers").
            if ((head < 0 || !afterOf) && segment.IsIn(j, WordClass.OrganizationHead))
            {
                head = j;
            }

            if (segment.Tokens[j].Has(TokenFlags.Possessive))
            {
                break;
            }

            j++;
            if (j + 1 < segment.Tokens.Length && (IsOfOrFor(segment, j) || (IsAnd(segment, j) && JoinsAnd(segment, i, head, j, joined))) && IsNamePart(segment, j + 1))
            {
                joined |= segment.Is(j, "and");
                afterOf |= IsOfOrFor(segment, j);
                j++;
            }
        }

        if (head < 0)
        {
            return -1;
        }

        var last = OfExtension(segment, head);
        if (last == head && head == i)
        {
            return -1;
        }

        var next = last + 1;
        if (next < segment.Tokens.Length && segment.Tokens[next].IsCapitalized && segment.IsIn(next, WordClass.ThingHead))
        {
            return -1;
        }

        var mention = segment.MentionOf(i, last);
        organizations.Add(mention.Text, mention);
        return last;
    }

    /// <summary>"Ministry" + " of Defence", "Department" + " of the Finnish Maritime Authority".</summary>
    private static int OfExtension(TextSegment segment, int head)
    {
        var last = head;
        var j = head + 1;
        while (j + 1 < segment.Tokens.Length && !segment.Tokens[last].Has(TokenFlags.Possessive) && (IsOfOrFor(segment, j) || IsAnd(segment, j) || segment.Is(j, "on")))
        {
            var joins = IsAnd(segment, j);
            var k = j + 1;
            if (joins && last == head)
            {
                break;
            }

            if (segment.Is(k, "the") && k + 1 < segment.Tokens.Length)
            {
                if (joins)
                {
                    break;
                }

                k++;
            }

            var end = k;
            while (end < segment.Tokens.Length && end - head <= MaxOfWords && IsNamePart(segment, end))
            {
                end++;
                if (segment.Tokens[end - 1].Has(TokenFlags.Possessive))
                {
                    break;
                }
            }

            if (end == k || (joins && ContainsHead(segment, k, end - 1)))
            {
                break;
            }

            last = end - 1;
            j = end;
        }

        return last;
    }

    /// <summary>
    /// Whether the "and" or "&amp;" at <paramref name="and"/> joins the words of a name: before any head word, unless it
    /// is a second "and" ("Trade and Fisheries and Varis Media") or stands next to an acronym, a name of its own ("IMF
    /// and World Bank"); or after a head word with only places before it, which is no name by itself, when two words
    /// or more follow ("Securities and Exchange Commission"; but "Electoral Commission and National Union" and
    /// "Department and Congress" are two).
    /// </summary>
    private static bool JoinsAnd(TextSegment segment, int i, int head, int and, bool joined)
    {
        if (head < 0)
        {
            return !(joined && segment.Is(and, "and")) && !segment.Tokens[and - 1].Has(TokenFlags.AllCaps) && !segment.Tokens[and + 1].Has(TokenFlags.AllCaps);
        }

        if (and + 2 >= segment.Tokens.Length || !IsNamePart(segment, and + 2))
        {
            return false;
        }

        for (var j = i; j < head; j++)
        {
            if (!Gazetteer.IsPlaceWord(segment[j]))
            {
                return false;
            }
        }

        return true;
    }

    // Compared in place: the word after every capitalized run is read here, and is rarely one of these.
    private static bool IsOfOrFor(TextSegment segment, int j) => segment.Is(j, "of") || segment.Is(j, "for");

    private static bool IsAnd(TextSegment segment, int j) => segment.Is(j, "and") || segment.Is(j, "&");

    /// <summary>"… Service and the Ministry …": a second head word after "and" starts another organization.</summary>
    private static bool ContainsHead(TextSegment segment, int first, int last)
    {
        for (var j = first; j <= last; j++)
        {
            if (segment.IsIn(j, WordClass.OrganizationHead))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNamePart(TextSegment segment, int j)
    {
        var token = segment.Tokens[j];
        return !segment.IsClaimed(j) && token.IsWord && token.IsCapitalized && segment.IsOrganizationWord(j, IsOrganizationWord);
    }

    private static bool IsOrganizationWord(TextSegment segment, int j)
    {
        return !segment.IsIn(j, WordClass.StopWord | WordClass.CalendarWord | WordClass.Honorific) && !segment.IsTitle(j);
    }

    /// <summary>"according to Newsvane": a name that is not a person or place is the organization quoted.</summary>
    private static int AccordingTo(TextSegment segment, int i, OrganizationCollector organizations, Func<string, bool> isPersonName)
    {
        if (!IsNamePart(segment, i))
        {
            return -1;
        }

        var toIndex = i > 0 && segment.Is(i - 1, "the") ? i - 2 : i - 1;
        if (toIndex < 1 || !segment.Is(toIndex, "to") || !segment.Is(toIndex - 1, "according", StringComparison.OrdinalIgnoreCase) || !IsNamePart(segment, i))
        {
            return -1;
        }

        var last = i;
        while (last + 1 < segment.Tokens.Length && last - i < 3 && IsNamePart(segment, last + 1) && !segment.Tokens[last].Has(TokenFlags.Possessive))
        {
            last++;
        }

        var name = segment.Slice(i, last);
        if (isPersonName(name) || Gazetteer.IsPlaceWord(name) || (last > i && People.NameWords.IsNameWord(segment, i)))
        {
            return -1;
        }

        organizations.Add(name, segment.MentionOf(i, last));
        return last;
    }

    /// <summary>
    /// "Blue Harbor said", "the Ledger reported": capitalized words that no person claimed, right before a verb of
    /// saying (as quote attribution reads them), name an organization that speaks (a website, a paper, a firm). The
    /// name stands alone, at the start, after a punctuation mark or after a "the" that does so, never inside a longer
    /// phrase ("a Fair Budget said", "a member of the Board said", "Feed the Hungry said"). Without "the", one word is
    /// too little and the first word must be a frequent English word and no given name or number, as in names of
    /// things and not in names of people the people finder doubted ("Kirsty Lowe said", "Ten Haaf said"). With "the",
    /// one word that names a kind of organization ("the Bank said") describes one rather than names it. Places,
    /// acronyms ("MPs"), hyphenated words, a frequent word at a sentence start ("Police said") and a publication word
    /// ("the Post said"), which repeats a paper named in full, are no such name.
    /// </summary>
    private static int Speaking(TextSegment segment, int i, OrganizationCollector organizations)
    {
        if (!IsNamePart(segment, i))
        {
            return -1;
        }

        var afterThe = i > 0 && segment.Is(i - 1, "the", StringComparison.OrdinalIgnoreCase);
        var stands = afterThe ? i < 2 || !segment.Tokens[i - 2].IsWord : i == 0 || !segment.Tokens[i - 1].IsWord;
        if (!stands || People.NameWords.IsCommonWordAtSentenceStart(segment, i) || segment.IsIn(i, WordClass.PublicationHead))
        {
            return -1;
        }

        var last = i;
        while (last + 1 < segment.Tokens.Length && last - i < 3 && IsNamePart(segment, last + 1) && !segment.Tokens[last].Has(TokenFlags.Possessive))
        {
            last++;
        }

        var verb = last + 1;
        if (verb >= segment.Tokens.Length || !segment.Tokens[verb].IsWord || !Extraction.Text.Lexicon.SpeechVerbs.Contains(segment[verb])
            || segment.Tokens[last].Has(TokenFlags.Possessive) || People.NameWords.IsThingHead(segment, last) || Gazetteer.TryFind(segment, i, last, out _))
        {
            return -1;
        }

        for (var j = i; j <= last; j++)
        {
            var token = segment.Tokens[j];
            if (People.NameWords.IsPlace(segment, j) || segment.IsIn(j, WordClass.CalendarWord) || token.Has(TokenFlags.Hyphenated) || token.Has(TokenFlags.AllCaps)
                || token.Has(TokenFlags.Dotted) || (token.Length > 1 && char.IsUpper(segment[j][1])))
            {
                return -1;
            }
        }

        if (afterThe ? last == i && segment.IsIn(i, WordClass.OrganizationHead)
            : last == i || !WordLists.CommonWords.Contains(segment[i]) || WordLists.GivenNames.Contains(segment[i]) || WordLists.NumberWords.Contains(segment[i]))
        {
            return -1;
        }

        var mention = segment.MentionOf(i, last);
        organizations.Add(mention.Text, mention);
        return last;
    }
}
