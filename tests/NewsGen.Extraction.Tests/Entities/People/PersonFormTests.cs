using NewsGen.Extraction.Entities.People;
using Xunit;

namespace NewsGen.Extraction.Tests.Entities.People;

public class PersonFormTests
{
    [Theory]
    [InlineData("Ravel", true)]
    [InlineData("O'Dowd", true)]
    [InlineData("K.", false)]
    [InlineData("van", false)]
    public void A_word_counts_towards_a_full_name_unless_it_is_an_initial_or_a_particle(string word, bool expected)
    {
        Assert.Equal(expected, PersonForm.IsFullNameWord(word));

        // Read in place inside a longer text, the word gets the same answer.
        var text = "[" + word + "]";
        Assert.Equal(expected, PersonForm.IsFullNameWord(text, 1, word.Length));
    }
}
