namespace NewsGen.Extraction.Tests.Dates;

public class NotADayTests
{
    [Theory]
    [InlineData("It was the first meeting since 2013.")]
    [InlineData("Peru must comply with the 1987 Southern Coastal Fisheries Treaty.")]
    [InlineData("The ban dates from the 2014 crisis.")]
    [InlineData("Shares rose 3/4 of a point to 12.5 on volume of 2,018.")]
    [InlineData("The rapper was named on Monday, 50 Cent said.")]
    public void Years_and_numbers_are_not_calendar_days(string sentence)
    {
        var resolution = TestArticle.Of(sentence).Dates(DateAssert.Day("2018-12-12"));

        Assert.DoesNotContain(resolution.Dates, d => d.Text.Contains("20") || d.Text.Contains("19") || d.Text.Contains('/'));
    }

    [Theory]
    [InlineData("The choir rehearses every Thursday in the old mill.", "Thursday")]
    [InlineData("Each Friday morning the market fills the square.", "Friday")]
    [InlineData("The night bus will run on Monday and Wednesday nights from now on.", "Monday")]
    [InlineData("The night bus will run on Monday and Wednesday nights from now on.", "Wednesday")]
    [InlineData("The gallery stays open late on Saturday evenings.", "Saturday")]
    public void A_weekday_of_every_week_is_no_calendar_day(string sentence, string weekday)
    {
        Assert.DoesNotContain(TestArticle.Of(sentence).Dates(DateAssert.Day("2018-12-12")).Dates, d => d.Text.Contains(weekday));
    }

    [Fact]
    public void A_weekday_with_a_part_of_the_day_in_the_singular_is_still_a_day()
    {
        DateAssert.Single(TestArticle.Of("The ferry sank on Saturday evening.").Dates(DateAssert.Day("2018-12-12")), "Saturday evening", "2018-12-08");
    }

    [Fact]
    public void Month_names_used_as_words_are_not_dates()
    {
        Assert.Empty(TestArticle.Of("The Mayor may march on, and April Ryan asked questions.").Dates(DateAssert.Day("2018-12-12")).Dates);
    }
}
