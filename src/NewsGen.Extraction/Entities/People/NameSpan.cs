using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Organizations;
using NewsGen.Extraction.Entities.Places;
using NewsGen.Extraction.Entities.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// The name inside a run of capitalized words: the longest tail of name words, less a leading place
/// ("Ruritania Ivan Markov" → "Ivan Markov") and a leading sentence-initial common word, unless a middle initial
/// follows it ("River T. Nolan"), which makes it a given name, or a leading sentence-initial noun for a person
/// before a given name ("Welder Alan Roe").
/// </summary>
internal static class NameSpan
{
    /// <summary>First and last token of the name in run [<paramref name="first"/>, <paramref name="last"/>], or (-1, -1).</summary>
    public static (int First, int Last) Find(TextSegment segment, int first, int last)
    {
        var end = last;
        while (end > first && NameWords.IsGenerationSuffix(segment, end))
        {
            end--;
        }

        while (end >= first && (NameWords.IsInitial(segment, end) || NameWords.IsParticle(segment, end)))
        {
            end--;
        }

        if (end < first || !IsNamePart(segment, first, end) || NameWords.IsThingHead(segment, end))
        {
            return (-1, -1);
        }

        var start = end;
        while (start - 1 >= first && (IsNamePart(segment, first, start - 1) || NameWords.IsInitial(segment, start - 1) || NameWords.IsParticle(segment, start - 1)))
        {
            start--;
        }

        while (start <= end && (NameWords.IsParticle(segment, start) || (start < end && StartsWithNonName(segment, start, end))))
        {
            start++;
        }

        if (start < end - 1 && ((NameWords.IsCommonWordAtSentenceStart(segment, start) && !NameWords.IsInitial(segment, start + 1)) || IsDescriptor(segment, start)))
        {
            start++;
        }

        return start <= end ? (start, end) : (-1, -1);
    }

    /// <summary>
    /// "Welder Alan Roe said", "Beekeepers Ida Brandt and …": a noun for someone who does something, capitalized
    /// only by the sentence start, before a given name and a surname describes the person they name. The noun's
    /// ending is the evidence: a given name missing from the list ("Tavish Glenn …") has none of these endings.
    /// </summary>
    private static bool IsDescriptor(TextSegment segment, int j) =>
        !segment.IsMeaningfullyCapitalized(j) && WordLists.GivenNames.Contains(segment[j + 1]) && !WordLists.GivenNames.Contains(segment[j])
        && NameWords.IsAgentNoun(segment[j]);

    /// <summary>A name of two or more words that is really a place or an organization ("Hong Kong", "Human Rights Watch").</summary>
    public static bool NamesSomethingElse(TextSegment segment, int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            var longest = System.Math.Min(Gazetteer.LongestNameStartingWith(segment[i]), last - i + 1);
            for (var count = longest; count >= 2; count--)
            {
                if (Gazetteer.TryFind(segment, i, i + count - 1, out _))
                {
                    return true;
                }
            }

            var longestOrganization = System.Math.Min(KnownOrganizations.LongestNameStartingWith(segment[i]), last - i + 1);
            for (var count = longestOrganization; count >= 2; count--)
            {
                if (KnownOrganizations.TryFind(segment, i, i + count - 1, out _))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A name word; a month only when it is also a given name and after another name word ("Odile May", not "Tuesday May" or "North Tallow Friday").</summary>
    private static bool IsNamePart(TextSegment segment, int first, int j)
    {
        if (!NameWords.IsNameWord(segment, j))
        {
            return false;
        }

        if (!NameWords.IsCalendarWord(segment, j))
        {
            return true;
        }

        return j > first && NameWords.IsNameWord(segment, j - 1) && !NameWords.IsCalendarWord(segment, j - 1) && WordLists.GivenNames.Contains(segment[j]);
    }

    /// <summary>A country, region or continent ("Finland" in "President of Ruritania Ivan Markov"), or a month.</summary>
    private static bool StartsWithNonName(TextSegment segment, int start, int end)
    {
        if (Gazetteer.TryFind(segment[start], out var place) && place.Place.Kind != Model.PlaceKind.City)
        {
            return true;
        }

        var longest = System.Math.Min(Gazetteer.LongestNameStartingWith(segment[start]), end - start);
        for (var count = longest; count >= 2; count--)
        {
            if (Gazetteer.TryFind(segment, start, start + count - 1, out _))
            {
                return true;
            }
        }

        return segment.IsIn(start, WordClass.CalendarWord);
    }
}
