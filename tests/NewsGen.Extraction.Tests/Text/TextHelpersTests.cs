using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class TextHelpersTests
{
    [Fact]
    public void Lines_exclude_their_break_and_a_final_break_adds_no_line()
    {
        var lines = TextLines.From("ab\n\ncd\n", 0);

        Assert.Equal([new TextLine(0, 2), new TextLine(3, 3), new TextLine(4, 6)], lines);
        Assert.True(lines[1].IsBlank("ab\n\ncd\n"));
    }

    [Fact]
    public void Lines_from_an_offset()
    {
        Assert.Equal([new TextLine(3, 5)], TextLines.From("ab\ncd", 3));
    }

    [Theory]
    [InlineData("He left.", true)]
    [InlineData("He left?”", true)]
    [InlineData("He said:", true)]
    [InlineData("(Quiet.) ", true)]
    [InlineData("Top generals meet", false)]
    [InlineData("Talks are ‘useful’", false)]
    [InlineData("", false)]
    public void Sentence_end(string text, bool expected) => Assert.Equal(expected, SentenceEnd.IsAt(text));

    [Theory]
    [InlineData("He left.", true)]
    [InlineData("He said:", false)]
    [InlineData("Items;", false)]
    [InlineData("Wait…", true)]
    public void Full_stop(string text, bool expected) => Assert.Equal(expected, SentenceEnd.IsFullStopAt(text));
}
