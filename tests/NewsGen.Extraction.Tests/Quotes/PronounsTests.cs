using NewsGen.Extraction.Quotes;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class PronounsTests
{
    [Theory]
    [InlineData("Mr", (int)Gender.Male)]
    [InlineData("Sir", (int)Gender.Male)]
    [InlineData("Prince", (int)Gender.Male)]
    [InlineData("Mrs", (int)Gender.Female)]
    [InlineData("Mlle", (int)Gender.Female)]
    [InlineData("Queen", (int)Gender.Female)]
    [InlineData("Dr", (int)Gender.Unknown)]
    [InlineData("Senator", (int)Gender.Unknown)]
    [InlineData("MR", (int)Gender.Unknown)]
    public void An_honorific_or_title_marked_in_the_lists_tells_the_gender_of_the_name_after_it(string word, int gender)
    {
        Assert.Equal((Gender)gender, Pronouns.GenderOfHonorific(word));
    }

    [Theory]
    [InlineData("He", (int)Pronoun.He)]
    [InlineData("SHE", (int)Pronoun.She)]
    [InlineData("they", (int)Pronoun.They)]
    [InlineData("It", (int)Pronoun.It)]
    [InlineData("hi", (int)Pronoun.None)]
    [InlineData("Ski", (int)Pronoun.None)]
    [InlineData("then", (int)Pronoun.None)]
    public void A_subject_pronoun_is_read_in_place_in_any_case_and_a_word_sharing_its_first_letter_or_length_is_none(string word, int pronoun)
    {
        var text = "and " + word + " left";
        Assert.Equal((Pronoun)pronoun, Pronouns.Of(text, 4, word.Length));
    }

    [Theory]
    [InlineData("HIS", (int)Gender.Male)]
    [InlineData("Himself", (int)Gender.Male)]
    [InlineData("Her", (int)Gender.Female)]
    [InlineData("hat", (int)Gender.Unknown)]
    [InlineData("sea", (int)Gender.Unknown)]
    [InlineData("him", (int)Gender.Unknown)]
    public void A_gendered_pronoun_is_read_in_place_in_any_case_and_a_word_sharing_its_first_letter_tells_no_gender(string word, int gender)
    {
        var text = "then " + word + " again";
        Assert.Equal((Gender)gender, Pronouns.GenderOf(text, 5, word.Length));
    }

    [Fact]
    public void A_french_honorific_tells_which_of_two_people_sharing_a_surname_speaks()
    {
        var result = Extract(
            EntitiesOf("Person:Ingrid Mollet|Mollet", "Person:Ragnar Mollet|Mollet"),
            "Ingrid Mollet and her brother Ragnar Mollet opened the bakery again this spring.",
            "\u201cThe oven decides how much bread we make,\u201d Mme Mollet said.");

        Assert.Equal("Ingrid Mollet", result.SpeakerOf("The oven"));
    }
}
