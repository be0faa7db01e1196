using System;
using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

public class WeekdayWithDateTests
{
    [Theory]
    [InlineData("Marchetti argued on Wednesday (28 November) in a letter that the nets were seized lawfully.", "Wednesday (28 November)")]
    [InlineData("Marchetti argued on Wednesday, 28 November in a letter that the nets were seized lawfully.", "Wednesday, 28 November")]
    [InlineData("Marchetti argued on Wednesday, November 28 in a letter that the nets were seized lawfully.", "Wednesday, November 28")]
    [InlineData("Marchetti argued on Wednesday 28 November 2018 in a letter that the nets were seized lawfully.", "Wednesday 28 November 2018")]
    public void Weekday_and_date_are_one_mention(string sentence, string text)
    {
        var resolution = TestArticle.Of("A first meeting was held on 19 April 2018.", sentence).Dates();

        Assert.Equal(text, resolution.Dates[1].Text);
        Assert.Equal("2018-11-28", resolution.Dates[1].Value?.ToString());
        Assert.Empty(resolution.WeekdayConflicts);
    }

    [Fact]
    public void The_weekday_picks_the_year_whose_calendar_fits()
    {
        // 28 November 2017 was a Tuesday; the Wednesday nearest to the 2017 date is in 2018.
        var resolution = TestArticle.Of("A first fair was held on 19 April 2017.", "Marchetti spoke on Wednesday (28 November).").Dates();

        Assert.Equal("2018-11-28", resolution.Dates[1].Value?.ToString());
        Assert.Empty(resolution.WeekdayConflicts);
    }

    [Fact]
    public void Years_written_alone_guide_the_weekday_when_nothing_is_fully_dated()
    {
        var resolution = TestArticle.Of("Sales in 2005 were strong.", "The figures came out on Tuesday, 1 March.").Dates();

        Assert.Equal("2005-03-01", resolution.Dates[0].Value?.ToString());
    }

    [Fact]
    public void The_latest_year_written_alone_is_the_one_that_guides()
    {
        // 27 February fell on a Sunday in 1949 and in 2005; the story is told after the latest year it names.
        var resolution = TestArticle.Of("They have not won there since 1948.", "The 2005 match is on Sunday, 27 February.").Dates();

        Assert.Equal("2005-02-27", resolution.Dates[0].Value?.ToString());
    }

    [Fact]
    public void A_clock_time_is_not_a_year()
    {
        var resolution = TestArticle.Of("Forms must arrive by 1700 GMT.", "Register by Friday 11 March.").Dates();

        Assert.Equal(["Friday 11 March=null"], DateAssert.Pairs(resolution));
    }

    [Fact]
    public void A_weekday_that_contradicts_a_full_date_is_a_conflict_and_the_written_date_stays()
    {
        var resolution = TestArticle.Of("Marchetti spoke on Thursday (28 November 2018).").Dates();

        var mention = Single(resolution, "Thursday (28 November 2018)", "2018-11-28");
        var conflict = Assert.Single(resolution.WeekdayConflicts);
        Assert.Equal(mention, conflict.Mention);
        Assert.Equal(DayOfWeek.Thursday, conflict.Written);
        Assert.Equal(Day("2018-11-28"), conflict.Date);
    }

    [Fact]
    public void A_past_weekday_that_only_fits_next_year_is_a_conflict_against_a_known_reference()
    {
        // 28 November 2019 is a Thursday, but a past-tense report published in December 2018 cannot mean it.
        var resolution = TestArticle.Of("Marchetti argued on Thursday (28 November) in a letter that the nets were seized lawfully.").Dates(Day("2018-12-13"));

        Single(resolution, "Thursday (28 November)", "2018-11-28");
        Assert.Equal(DayOfWeek.Thursday, Assert.Single(resolution.WeekdayConflicts).Written);
    }
}
