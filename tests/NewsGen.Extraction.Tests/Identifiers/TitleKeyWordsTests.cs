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
}
