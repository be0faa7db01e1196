using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

public class RelativeDateTests
{
    // 2018-12-12 is a Wednesday.
    private static readonly Model.CalendarDate Wednesday = Day("2018-12-12");

    [Fact]
    public void A_bare_weekday_is_the_latest_such_day_before_the_reference()
    {
        Single(TestArticle.Of("On Thursday, the inspectors flew over the border.").Dates(Wednesday), "Thursday", "2018-12-06");
    }

    [Fact]
    public void A_bare_weekday_equal_to_the_reference_weekday_is_the_reference_day()
    {
        Single(TestArticle.Of("The minister resigned on Wednesday.").Dates(Wednesday), "Wednesday", "2018-12-12");
    }

    [Fact]
    public void A_bare_weekday_in_a_future_sentence_is_the_next_such_day()
    {
        Single(TestArticle.Of("The ministers will meet on Thursday.").Dates(Wednesday), "Thursday", "2018-12-13");
    }

    [Theory]
    [InlineData("The ministers met last Wednesday.", "last Wednesday", "2018-12-05")]
    [InlineData("The ministers met last Tuesday.", "last Tuesday", "2018-12-11")]
    [InlineData("The ministers meet next Monday.", "next Monday", "2018-12-17")]
    [InlineData("The ministers meet next Wednesday.", "next Wednesday", "2018-12-19")]
    public void Last_and_next_move_strictly_before_or_after(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("The strike began yesterday.", "yesterday", "2018-12-11")]
    [InlineData("The strike begins today.", "today", "2018-12-12")]
    [InlineData("The strike begins tomorrow.", "tomorrow", "2018-12-13")]
    [InlineData("The strike began last night.", "last night", "2018-12-11")]
    [InlineData("The strike began this morning.", "this morning", "2018-12-12")]
    [InlineData("Yesterday the strike began.", "Yesterday", "2018-12-11")]
    public void Day_offsets_count_from_the_reference(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("He told the BBC's Today programme that he would stay.")]
    [InlineData("The Mail on Sunday reported the plan.")]
    [InlineData("Shops opened early for Black Friday sales.")]
    [InlineData("Brokers still shudder at the memory of Black Monday.")]
    public void Names_containing_a_day_are_not_dates(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Fact]
    public void Relative_dates_without_any_reference_stay_unresolved()
    {
        var resolution = TestArticle.Of("On Thursday, the inspectors flew over the border.", "The strike began yesterday.").Dates();

        Assert.Null(resolution.ReferenceDate);
        Assert.Equal(["Thursday=null", "yesterday=null"], Pairs(resolution));
    }

    [Fact]
    public void Periods_are_not_calendar_days()
    {
        Assert.Empty(TestArticle.Of("Ships were seized last weekend and talks failed last week; more are due next month.").Dates(Wednesday).Dates);
    }
}
