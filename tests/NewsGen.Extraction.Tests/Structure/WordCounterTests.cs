using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Tests.Structure;

public class WordCounterTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("One two three.", 3)]
    [InlineData("Paraguay’s capital isn't far", 4)]
    [InlineData("The ASEAN-Peru format", 3)]
    [InlineData("A 30-day truce — in 2018", 5)]
    [InlineData("“Quoted,” he said", 3)]
    [InlineData("- leading dash", 2)]
    [InlineData("Zürich and São Paulo", 4)]
    [InlineData("A rock-'n'-roll band -- ’twas loud", 5)]
    public void Counts_runs_of_letters_and_digits(string text, int expected) => Assert.Equal(expected, WordCounter.Count(text));

    [Fact]
    public void Structure_count_covers_body_paragraphs_only()
    {
        var structure = Articles.Read("Four words in title\n\nFile photo. Caption words here. [Photo: Agency]\n\nTwo words.\n\nThree more words.\n\nAdvertisement");

        Assert.Equal(5, WordCounter.Count(structure));
    }
}
