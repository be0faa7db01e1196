using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Organizations;

/// <summary>
/// Publications and broadcasters named next to a word that describes them: a quoted title with a media noun
/// close by (“Le Vigilant”, the French daily; the daily “Dagposten”) or a name right after
/// a media noun (the Finnish television KTV, the newspaper Vedomirsk). Runs before people are looked for, so a
/// quoted title is never taken for a name.
/// </summary>
internal static class PublicationFinder
{
    private const int MaxTitleWords = 8;
    private const int MediaNounReach = 5;
    private const int MaxNameWords = 5;

    public static void Find(List<TextSegment> segments, OrganizationCollector organizations)
    {
        foreach (var segment in segments)
        {
            for (var i = 0; i < segment.Tokens.Length; i++)
            {
                var end = segment.Tokens[i].IsWord ? Described(segment, i, organizations) : Quoted(segment, i, organizations);
                if (end > i)
                {
                    i = end;
                }
            }
        }
    }

    private static int Quoted(TextSegment segment, int open, OrganizationCollector organizations)
    {
        if (!IsOpeningQuote(segment.CharAt(open)))
        {
            return -1;
        }

        var close = open + 1;
        while (close < segment.Tokens.Length && close - open <= MaxTitleWords + 1 && IsTitleWord(segment, close, close == open + 1))
        {
            close++;
        }

        if (close == open + 1 || close >= segment.Tokens.Length || !IsClosingQuote(segment.CharAt(close)) || segment.Tokens[close].IsWord)
        {
            return -1;
        }

        if (!MediaNounNear(segment, close + 1, 1) && !MediaNounNear(segment, open - 1, -1))
        {
            return -1;
        }

        var mention = segment.MentionOf(open + 1, close - 1);
        organizations.Add(mention.Text, mention);
        segment.Claim(open + 1, close - 1);
        return close;
    }

    /// <summary>"television KTV": a capitalized name right after a media noun; returns the last token of the name or -1.</summary>
    private static int Described(TextSegment segment, int noun, OrganizationCollector organizations)
    {
        var first = noun + 1;
        if (first >= segment.Tokens.Length || !segment.Tokens[first].IsWord || !segment.Tokens[first].IsCapitalized || segment.IsClaimed(first))
        {
            return -1;
        }

        // The capitalized word is asked first: its classes are looked up for every finder, the word before it only here.
        if (segment.Tokens[noun].IsCapitalized || !CanStartName(segment, first) || !segment.IsIn(noun, WordClass.MediaNoun))
        {
            return -1;
        }

        var last = first;
        while (last + 1 < segment.Tokens.Length && last - first + 1 < MaxNameWords && !segment.Tokens[last].Has(TokenFlags.Possessive)
            && segment.Tokens[last + 1].IsWord && segment.Tokens[last + 1].IsCapitalized && !segment.IsClaimed(last + 1) && CanStartName(segment, last + 1))
        {
            last++;
        }

        var mention = segment.MentionOf(first, last);
        organizations.Add(mention.Text, mention);
        segment.Claim(first, last);
        return last;
    }

    private static bool CanStartName(TextSegment segment, int j) =>
        !segment.IsIn(j, WordClass.StopWord | WordClass.CalendarWord | WordClass.Honorific) && !segment.IsTitle(j);

    private static readonly string[] TitleConnectors = ["and", "of", "the", "for", "in", "on", "&"];

    private static bool IsTitleWord(TextSegment segment, int j, bool isFirst)
    {
        var token = segment.Tokens[j];
        if (!token.IsWord)
        {
            return false;
        }

        return token.IsCapitalized || (!isFirst && segment.IsOneOf(j, TitleConnectors));
    }

    /// <summary>A media noun within a few words from <paramref name="from"/> in <paramref name="step"/> direction, inside the clause.</summary>
    private static bool MediaNounNear(TextSegment segment, int from, int step)
    {
        for (int j = from, seen = 0; j >= 0 && j < segment.Tokens.Length && seen < MediaNounReach; j += step)
        {
            if (!segment.Tokens[j].IsWord)
            {
                if (segment.CharAt(j) is ',' && j == from)
                {
                    continue;
                }

                return false;
            }

            if (segment.IsIn(j, WordClass.MediaNoun))
            {
                return true;
            }

            seen++;
        }

        return false;
    }

    private static bool IsOpeningQuote(char c) => c is '\u201C' or '"' or '\u00AB' or '\u2018' or '\u201E';

    private static bool IsClosingQuote(char c) => c is '\u201D' or '"' or '\u00BB' or '\u2019' or '\u201C';
}
