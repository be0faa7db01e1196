using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

public class AbsoluteDateTests
{
    [Theory]
    [InlineData("The talks took place on 19 April 2018 in the capital.", "19 April 2018")]
    [InlineData("The talks took place on April 19, 2018 in the capital.", "April 19, 2018")]
    [InlineData("The talks took place on April 19 2018 in the capital.", "April 19 2018")]
    [InlineData("The talks took place on Apr. 19, 2018 in the capital.", "Apr. 19, 2018")]
    [InlineData("The talks took place on 19th April 2018 in the capital.", "19th April 2018")]
    [InlineData("The talks took place on the 19th of April 2018 in the capital.", "19th of April 2018")]
    [InlineData("The talks took place on 2018-04-19 in the capital.", "2018-04-19")]
    [InlineData("The talks took place on 19/04/2018 in the capital.", "19/04/2018")]
    [InlineData("The talks took place on 04/19/2018 in the capital.", "04/19/2018")]
    [InlineData("The talks took place on 19.04.2018 in the capital.", "19.04.2018")]
    public void Full_dates_resolve_to_their_day(string sentence, string text)
    {
        var resolution = TestArticle.Of(sentence).Dates();

        Single(resolution, text, "2018-04-19");
    }

    [Fact]
    public void Mention_records_paragraph_and_offset_in_the_normalized_text()
    {
        var article = TestArticle.Of("Nothing dated here.", "The talks took place on 19 April 2018 in the capital.");

        var mention = Single(article.Dates(), "19 April 2018", "2018-04-19");

        Assert.Equal(1, mention.Paragraph);
        Assert.Equal("19 April 2018", article.Text.Substring(mention.Start, mention.Length));
    }

    [Fact]
    public void Caption_dates_are_paragraph_minus_two()
    {
        var article = TestArticle.WithCaption("Two generals in the capital, 19 April 2018.", "They met again.");

        var mention = Single(article.Dates(), "19 April 2018", "2018-04-19");

        Assert.Equal(-2, mention.Paragraph);
        Assert.Equal("19 April 2018", article.Text.Substring(mention.Start, mention.Length));
    }

    [Theory]
    [InlineData("The figures for 04/05/2018 were revised.")]
    [InlineData("The deadline of 31 February 2018 was impossible.")]
    [InlineData("The deadline of 2018-02-30 was impossible.")]
    public void Ambiguous_or_impossible_numeric_dates_are_not_read(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates().Dates);
    }

    [Fact]
    public void A_sentence_final_month_keeps_its_period_out_of_the_text()
    {
        var resolution = TestArticle.Of("They met on 12 December 2018.").Dates();

        Single(resolution, "12 December 2018", "2018-12-12");
    }
}
