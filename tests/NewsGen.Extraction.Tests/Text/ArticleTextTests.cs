using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class ArticleTextTests
{
    [Fact]
    public void A_paragraph_is_split_once_and_every_later_request_gets_the_same_split()
    {
        var layer = new ArticleText();
        const string paragraph = "The ferry left at dawn. It reached the island by noon.";

        var first = layer.SentencesOf(paragraph);
        var again = layer.SentencesOf(new string(paragraph.ToCharArray()));

        Assert.Same(first, again);
        Assert.Equal([(0, 23), (24, 54)], first);
    }
}
