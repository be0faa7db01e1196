using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Places;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Organizations;

/// <summary>
/// Acronyms as organizations: two to six capital letters ("NORSEC", "AFRICOM", "KTV"), unless a place code ("US"),
/// a Roman numeral, a listed non-organization ("CEO", "GDP") or a word of an all-caps text. "(NORSEC)" right
/// after an organization's full name is that organization's alias.
/// </summary>
internal static class AcronymFinder
{
    public static int Match(TextSegment segment, int i, OrganizationCollector organizations)
    {
        var token = segment.Tokens[i];
        if (!token.Has(TokenFlags.AllCaps) || token.Has(TokenFlags.Hyphenated) || token.Has(TokenFlags.HasDigit) || !IsAcronym(segment, segment[i])
            || IsCapitalsRun(segment, i) || IsLabel(segment, i) || IsPartOfLongerName(segment, i))
        {
            return -1;
        }

        var mention = segment.MentionOf(i, i);
        if (organizations.Last is { } last && segment.IsPunctuation(i - 1, '(') && segment.IsPunctuation(i + 1, ')')
            && segment.Start + segment.Tokens[i - 1].Start - last.End is 0 or 1)
        {
            organizations.AddDefinition(last.Draft, mention);
        }
        else
        {
            organizations.Add(mention.Text, mention);
        }

        return i;
    }

    /// <summary>"NORSEC-Finland talks": an acronym between hyphens.</summary>
    public static void FindInParts(TextSegment segment, int i, OrganizationCollector organizations)
    {
        var token = segment.Tokens[i];
        var partStart = token.Start;
        for (var k = token.Start; k <= token.End; k++)
        {
            if (k < token.End && segment.Text[k] != '-')
            {
                continue;
            }

            // Tested in place: most hyphenated words have no part in capitals, and only such a part is cut out.
            if (IsAllCaps(segment.Text, partStart, k - partStart))
            {
                var part = segment.Text.Substring(partStart, k - partStart);
                if (IsAcronym(segment, part))
                {
                    organizations.Add(part, new Mention(segment.Paragraph, segment.Start + partStart, part.Length, part));
                }
            }

            partStart = k + 1;
        }
    }

    /// <summary>Not an English word in capitals ("IN", "TALLOW"), a place code, a Roman numeral or a listed non-organization.</summary>
    private static bool IsAcronym(TextSegment segment, string word) =>
        word.Length is >= 2 and <= 6 && !segment.IsAllCaps && !WordLists.AcronymExceptions.Contains(word) && !IsRomanNumeral(word)
        && !Gazetteer.IsPlaceWord(word) && !WordLists.CommonWords.Contains(word);

    /// <summary>"LOS ANGELES": capitals next to capitals are a shouted phrase, not an acronym.</summary>
    private static bool IsCapitalsRun(TextSegment segment, int i) =>
        (i > 0 && segment.Tokens[i - 1].Has(TokenFlags.AllCaps)) || (i + 1 < segment.Tokens.Length && segment.Tokens[i + 1].Has(TokenFlags.AllCaps));

    /// <summary>
    /// "Windows XP", "Nintendo DS": a capitalized word right before makes the acronym part of a product name; a
    /// two-letter acronym before a capitalized word starts one ("AC Milan", "JP Morgan").
    /// </summary>
    private static bool IsPartOfLongerName(TextSegment segment, int i)
    {
        var previous = i - 1;
        if (previous >= 0 && segment.Tokens[previous].IsWord && segment.Tokens[previous].IsCapitalized && !segment.Tokens[previous].Has(TokenFlags.Possessive)
            && !segment.Tokens[previous].Has(TokenFlags.AllCaps) && !segment.IsIn(previous, WordClass.StopWord) && !segment.IsClaimed(previous))
        {
            return true;
        }

        var next = i + 1;
        return segment.Tokens[i].Length == 2 && next < segment.Tokens.Length && segment.Tokens[next].IsWord && segment.Tokens[next].IsCapitalized
            && !segment.Tokens[next].Has(TokenFlags.AllCaps) && !segment.IsIn(next, WordClass.StopWord);
    }

    /// <summary>A dateline or speaker label opening a paragraph ("TALLOW, Ore. —", "ARBOGAST: …").</summary>
    private static bool IsLabel(TextSegment segment, int i) =>
        i == 0 && segment.Tokens.Length > 1 && !segment.Tokens[1].IsWord && segment.CharAt(1) is ',' or ':' or '(' or '—' or '-';

    /// <summary>Whether <c>text[start..start+length)</c> is two or more capital letters.</summary>
    private static bool IsAllCaps(string text, int start, int length)
    {
        if (length < 2)
        {
            return false;
        }

        for (var k = start; k < start + length; k++)
        {
            if (!char.IsUpper(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRomanNumeral(string word)
    {
        foreach (var c in word)
        {
            if (c is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }
}
