using System.Linq;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class TextHelpersTests
{
    [Fact]
    public void A_line_ends_before_its_break_and_a_final_break_starts_no_line()
    {
        const string Text = "ab\n\ncd\n";

        Assert.Equal([2, 3, 6], new[] { 0, 3, 4 }.Select(start => TextLines.End(Text, start)));
        Assert.True(TextLine.IsBlank(Text, 3, TextLines.End(Text, 3)));
        Assert.False(new TextLine(4, 6).IsBlank(Text));
    }

    [Fact]
    public void The_last_line_ends_with_the_text()
    {
        Assert.Equal(5, TextLines.End("ab\ncd", 3));
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
