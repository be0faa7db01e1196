using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Whether capitalized words read as a person's full name rather than a title, brand or phrase ("Ground Zero",
/// "Morning Consult", "Pell Grants"): a known given name or a middle initial says yes; a first word that is a
/// frequent English word or a place, a sentence-initial "-ing"/"-ed" word, a plural common noun or a country or
/// region as surname ("Tudor England") say no; names from elsewhere ("Khalaf Khalafov") pass.
/// </summary>
internal static class NamePlausibility
{
    public static bool IsPlausible(TextSegment segment, int first, int last)
    {
        var given = segment[first];
        if (WordLists.GivenNames.Contains(given) || HasInitial(segment, first, last))
        {
            return true;
        }

        if (WordLists.CommonWords.Contains(given) || NameWords.IsPlace(segment, first))
        {
            return false;
        }

        if (!segment.IsMeaningfullyCapitalized(first) && (given.EndsWith("ing", System.StringComparison.Ordinal) || given.EndsWith("ed", System.StringComparison.Ordinal)))
        {
            return false;
        }

        var surname = segment[last];
        if (Places.Gazetteer.TryFind(surname, out var place) && place.Place.Kind != Model.PlaceKind.City)
        {
            return false;
        }

        return !(surname.Length > 3 && surname[surname.Length - 1] == 's' && WordLists.CommonWords.Contains(surname.Substring(0, surname.Length - 1)));
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
