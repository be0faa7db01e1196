using NewsGen.Extraction.Identifiers;

namespace NewsGen.Extraction.Tests.Identifiers;

public class TitleKeyWordsTests
{
    [Theory]
    [InlineData("NATO: Baku is ‘perfect venue’ for talking to Russia", "NATO Baku perfect venue")]
    [InlineData("US gives Russia 60 days to comply with nuclear treaty", "US gives Russia 60")]
    [InlineData("The Minister's Plan", "Minister Plan")]
    [InlineData("Why it isn’t finished", "finished")]
    [InlineData("The and of", "")]
    public void Stop_words_dropped_up_to_four_words(string title, string expected) => Assert.Equal(expected, TitleKeyWords.From(title));

    [Theory]
    [InlineData("Jean-Luc’s rock'n'roll night in 2024", "Jean-Luc rock'n'roll night 2024")]
    [InlineData("Cafe\u0301 owners' 3D-printed sign", "Cafe\u0301 owners 3D-printed sign")]
    [InlineData("O'Neil-Smith's don't' test", "O'Neil Smith test")]
    public void Words_keep_inner_hyphens_marks_and_apostrophes_before_letters(string title, string expected) =>
        Assert.Equal(expected, TitleKeyWords.From(title));
}
