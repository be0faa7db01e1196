using NewsGen.Extraction.Identifiers;

namespace NewsGen.Extraction.Tests.Identifiers;

public class TitleKeyWordsTests
{
    [Theory]
    [InlineData("UN: Quito is ‘right place’ for talks with Peru", "UN Quito right place")]
    [InlineData("US gives Chile 90 days to answer the trade ruling", "US gives Chile 90")]
    [InlineData("Council stays firm despite protest", "Council stays firm protest")]
    [InlineData("Trust me, says the coach", "Trust coach")]
    [InlineData("Still waiting for the last train", "Still waiting last train")]
    [InlineData("The Minister's Plan", "Minister Plan")]
    [InlineData("Why it isn’t finished", "finished")]
    [InlineData("The and of", "")]
    public void Function_words_and_listed_stop_words_are_dropped_up_to_four_words(string title, string expected) => Assert.Equal(expected, TitleKeyWords.From(title));

    [Theory]
    [InlineData("Jean-Luc’s rock'n'roll night in 2024", "Jean-Luc rock'n'roll night 2024")]
    [InlineData("Cafe\u0301 owners' 3D-printed sign", "Cafe\u0301 owners 3D-printed sign")]
    [InlineData("O'Neil-Smith's don't' test", "O'Neil Smith test")]
    public void Words_keep_inner_hyphens_marks_and_apostrophes_before_letters(string title, string expected) =>
        Assert.Equal(expected, TitleKeyWords.From(title));
}
