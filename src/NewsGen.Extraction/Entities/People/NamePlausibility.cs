using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Whether capitalized words read as a person's full name rather than a title, brand or phrase ("Ground Zero",
/// "Morning Ledger", "Pelham Grants"): a middle initial says yes; a continent or region as surname ("Free Asia")
/// says no; then a given name says yes ("Jim Harwin"); a country as surname ("Stuart Scotland"), a first word that
/// is a frequent word or a place, a sentence-initial "-ing"/"-ed" word, an adjective made of a frequent word before
/// a frequent word ("Restless Harbour") or a plural common noun as surname say no; names from elsewhere ("Anna
/// Ostrova") pass.
/// </summary>
internal static class NamePlausibility
{
    /// <summary>Endings that make adjectives and participles of frequent words ("restless", "gleaming", "sleepy").</summary>
    private static readonly string[] AdjectiveEndings = ["ing", "ed", "less", "ful", "ous", "ive", "able", "ible", "est", "y"];

    public static bool IsPlausible(TextSegment segment, int first, int last)
    {
        if (HasInitial(segment, first, last))
        {
            return true;
        }

        var given = segment[first];
        var surname = segment[last];
        var surnamePlace = Places.Gazetteer.TryFind(surname, out var place) ? place.Place.Kind : (Model.PlaceKind?)null;
        if (surnamePlace is Model.PlaceKind.Continent or Model.PlaceKind.Region or Model.PlaceKind.Water)
        {
            return false;
        }

        if (WordLists.GivenNames.Contains(given))
        {
            return true;
        }

        if (surnamePlace == Model.PlaceKind.Country || WordLists.CommonWords.Contains(given) || NameWords.IsPlace(segment, first))
        {
            return false;
        }

        if (!segment.IsMeaningfullyCapitalized(first) && (given.EndsWith("ing", System.StringComparison.Ordinal) || given.EndsWith("ed", System.StringComparison.Ordinal)))
        {
            return false;
        }

        if (IsAdjectiveOfFrequentWord(given) && WordLists.CommonWords.Contains(surname))
        {
            return false;
        }

        return !(surname.Length > 3 && surname[surname.Length - 1] == 's' && WordLists.CommonWords.Contains(surname.Substring(0, surname.Length - 1)));
    }

    /// <summary>
    /// Whether the words from <paramref name="first"/> name a thing by what stands right before them: a year's
    /// possessive ("1998's Velvet Harbour", a film), or an article before a first word that is no given name ("the
    /// Ostrava Arena"), where a person needs none ("the late ..." puts a word between). A middle initial still says a
    /// person. The words are a thing as a whole: no shorter name is left of them.
    /// </summary>
    public static bool FollowsThingMarker(TextSegment segment, int first, int last) =>
        !HasInitial(segment, first, last)
        && (AfterYearPossessive(segment, first) || (AfterArticle(segment, first) && !WordLists.GivenNames.Contains(segment[first])));

    /// <summary>"the Ostrava Arena", "an Ostrava Arena".</summary>
    private static bool AfterArticle(TextSegment segment, int first) =>
        first >= 1 && segment.IsIn(first - 1, WordLists.Articles);

    /// <summary>"1998's Velvet Harbour": what a year owns is a work or an event.</summary>
    private static bool AfterYearPossessive(TextSegment segment, int first)
    {
        if (first < 1)
        {
            return false;
        }

        var year = segment.Tokens[first - 1];
        return year.IsWord && year.Has(TokenFlags.Possessive) && year.Length == 4 && IsDigits(segment.Text, year.Start, year.Length);
    }

    private static bool IsDigits(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!char.IsDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Restless", "Gleaming", "Sleepy": a frequent word, or one that drops its "e", with an ending that makes adjectives or participles.</summary>
    private static bool IsAdjectiveOfFrequentWord(string word)
    {
        foreach (var ending in AdjectiveEndings)
        {
            if (word.Length >= ending.Length + 3 && word.EndsWith(ending, System.StringComparison.Ordinal))
            {
                // The frequent words are matched in any case: the stem keeps the capital of the name.
                var stem = word.Substring(0, word.Length - ending.Length);
                if (WordLists.CommonWords.Contains(stem) || WordLists.CommonWords.Contains(stem + "e"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasInitial(TextSegment segment, int first, int last)
    {
        for (var j = first + 1; j < last; j++)
        {
            if (segment.Tokens[j].Has(TokenFlags.Initial))
            {
                return true;
            }
        }

        return false;
    }
}
