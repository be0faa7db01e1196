using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Whether capitalized words read as a person's full name rather than a title, brand or phrase ("Ground Zero",
/// "Morning Consult", "Pell Grants"): a middle initial says yes; a continent or region as surname ("Free Europe")
/// says no; then a given name says yes ("Jim Jordan"); a country as surname ("Tudor England"), a first word that
/// is a frequent word or a place, a sentence-initial "-ing"/"-ed" word or a plural common noun as surname say
/// no; names from elsewhere ("Anna Petrova") pass.
/// </summary>
internal static class NamePlausibility
{
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
