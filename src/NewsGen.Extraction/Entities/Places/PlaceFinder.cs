using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Places;

/// <summary>
/// Finds places: the longest gazetteer name, alias or demonym at each capitalized word, water and region names
/// built on a head word ("Bering Strait", "Sea of Japan", "Lake Geneva"), and place names inside hyphenated
/// words ("NORSEC-Finland", "pro-Chile"). Possessives ("Finland’s") are found through the word without the <c>’s</c>.
/// </summary>
internal static class PlaceFinder
{
    private const int MaxCoreWords = 3;

    public static void Find(List<TextSegment> segments, PlaceCollector places, System.Func<string, bool> isPersonName)
    {
        foreach (var segment in segments)
        {
            // A place claimed here claims the words it spans, which are then passed over.
            foreach (var i in segment.MarkedWords)
            {
                if (segment.IsClaimed(i))
                {
                    continue;
                }

                var end = segment.Tokens[i].IsCapitalized ? Match(segment, i, places, isPersonName) : -1;
                if (end >= 0)
                {
                    segment.Claim(i, end);
                }
                else if (segment.Tokens[i].Has(TokenFlags.Hyphenated))
                {
                    FindInParts(segment, i, places);
                }
            }
        }
    }

    /// <summary>Records the longest place (a lone word that is a person's surname here stays the person's) starting at token <paramref name="i"/>; returns its last token or -1.</summary>
    private static int Match(TextSegment segment, int i, PlaceCollector places, System.Func<string, bool> isPersonName)
    {
        var gazetteerEnd = LongestGazetteerMatch(segment, i, out var name);
        var named = NamedPlace(segment, i, out var kind, out var key);
        if (named > gazetteerEnd)
        {
            var mention = segment.MentionOf(i, named);
            if (Gazetteer.TryFind(mention.Text, out var known))
            {
                places.Add(known, mention);
            }
            else
            {
                places.AddNamed(key!, kind, mention);
            }

            return named;
        }

        if (gazetteerEnd < 0)
        {
            return -1;
        }

        if ((name.Place.IsCommonWord && !segment.IsMeaningfullyCapitalized(i)) || (gazetteerEnd == i && isPersonName(segment[i])))
        {
            return -1;
        }

        places.Add(name, segment.MentionOf(i, gazetteerEnd));
        return gazetteerEnd;
    }

    private static int LongestGazetteerMatch(TextSegment segment, int i, out PlaceName name)
    {
        name = null!;
        var longest = Gazetteer.LongestNameStartingWith(segment[i]);
        for (var count = System.Math.Min(longest, segment.Tokens.Length - i); count >= 1; count--)
        {
            var last = i + count - 1;
            if (segment.AnyClaimed(i, last) || HasInnerPossessive(segment, i, last))
            {
                continue;
            }

            if (Gazetteer.TryFind(segment, i, last, out name))
            {
                return last;
            }
        }

        return -1;
    }

    /// <summary>"X Sea", "Lake X", "Sea of X" with X one to three capitalized words.</summary>
    private static int NamedPlace(TextSegment segment, int i, out PlaceKind kind, out string? key)
    {
        kind = PlaceKind.Water;
        key = null;
        var isHead = segment.IsIn(i, WordClass.PlaceHead);
        var word = isHead ? segment[i] : string.Empty; // cut out for a head word only: most capitalized words are none
        if (isHead && PlaceHeads.TryGet(word, HeadPosition.Before, out kind))
        {
            var last = CoreEnd(segment, i + 1);
            if (last >= 0)
            {
                key = KeyOf(segment, word, i + 1, last);
                return last;
            }
        }

        if (isHead && PlaceHeads.TryGet(word, HeadPosition.Of, out kind) && segment.Tokens.Length > i + 2 && segment[i + 1] == "of")
        {
            var last = CoreEnd(segment, i + 2);
            if (last >= 0)
            {
                key = KeyOf(segment, word, i + 2, last);
                return last;
            }
        }

        if (!IsCoreWord(segment, i) || segment.Tokens[i].Has(TokenFlags.Possessive))
        {
            return -1;
        }

        for (var head = i + 1; head < segment.Tokens.Length && head <= i + MaxCoreWords; head++)
        {
            if (segment.IsClaimed(head) || !segment.Tokens[head].IsWord)
            {
                break;
            }

            if (segment.IsIn(head, WordClass.PlaceHead) && PlaceHeads.TryGet(segment[head], HeadPosition.After, out kind) && !segment.Tokens[head - 1].Has(TokenFlags.Possessive))
            {
                key = KeyOf(segment, segment[head], i, head - 1);
                return head;
            }

            if (!IsCoreWord(segment, head) || segment.Tokens[head].Has(TokenFlags.Possessive))
            {
                break;
            }
        }

        return -1;
    }

    private static int CoreEnd(TextSegment segment, int first)
    {
        var last = -1;
        for (var j = first; j < segment.Tokens.Length && j < first + MaxCoreWords && IsCoreWord(segment, j); j++)
        {
            last = j;
            if (segment.Tokens[j].Has(TokenFlags.Possessive))
            {
                break;
            }
        }

        return last;
    }

    private static bool IsCoreWord(TextSegment segment, int j)
    {
        var token = segment.Tokens[j];
        if (segment.IsClaimed(j) || !token.IsWord || !token.IsCapitalized || token.Has(TokenFlags.AllCaps) || token.Has(TokenFlags.HasDigit))
        {
            return false;
        }

        return !segment.IsIn(j, WordClass.StopWord | WordClass.CalendarWord | WordClass.PlaceHead);
    }

    private static string KeyOf(TextSegment segment, string head, int first, int last)
    {
        var key = new System.Text.StringBuilder(head.ToLowerInvariant());
        for (var j = first; j <= last; j++)
        {
            key.Append(':').Append(segment[j].ToLowerInvariant());
        }

        return key.ToString();
    }

    private static bool HasInnerPossessive(TextSegment segment, int first, int last)
    {
        for (var j = first; j < last; j++)
        {
            if (segment.Tokens[j].Has(TokenFlags.Possessive))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"NORSEC-Finland talks", "pro-Chile rally": a place name between hyphens.</summary>
    private static void FindInParts(TextSegment segment, int i, PlaceCollector places)
    {
        var token = segment.Tokens[i];
        var partStart = token.Start;
        for (var k = token.Start; k <= token.End; k++)
        {
            if (k < token.End && segment.Text[k] != '-' && segment.Text[k] != '\u2010' && segment.Text[k] != '\u2011')
            {
                continue;
            }

            // Looked up in place: most parts name no place, and only a place is cut out.
            var length = k - partStart;
            if (length > 1 && char.IsUpper(segment.Text[partStart]) && Gazetteer.TryFind(segment.Text, partStart, length, out var name) && !name.Place.IsCommonWord)
            {
                var part = segment.Text.Substring(partStart, length);
                places.Add(name, new Mention(segment.Paragraph, segment.Start + partStart, part.Length, part));
            }

            partStart = k + 1;
        }
    }
}
