using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

public class MonthOnlyTests
{
    [Fact]
    public void Last_month_name_refers_to_the_one_dated_day_of_that_month()
    {
        var resolution = TestArticle.Of(
            "The growers met on 19 April 2018.",
            "They met again on 12 December.",
            "Last April the first harvest fair was held.").Dates();

        Assert.Equal("Last April=2018-04-19", Pairs(resolution)[2]);
    }

    [Fact]
    public void Month_with_year_refers_to_the_one_dated_day_of_that_month()
    {
        var resolution = TestArticle.Of("The generals met on 19 April 2018.", "The meeting in April 2018 was short.").Dates();

        Assert.Equal(["19 April 2018=2018-04-19", "April 2018=2018-04-19"], Pairs(resolution));
    }

    [Fact]
    public void A_month_without_a_dated_day_is_not_a_day()
    {
        Assert.Empty(TestArticle.Of("The plant closed in April.").Dates(Day("2018-12-12")).Dates);
    }

    [Fact]
    public void A_month_with_two_dated_days_is_not_a_day()
    {
        var resolution = TestArticle.Of("They met on 3 April 2018 and on 19 April 2018.", "Talks in April were tense.").Dates();

        Assert.Equal(["3 April 2018=2018-04-03", "19 April 2018=2018-04-19"], Pairs(resolution));
    }

    [Fact]
    public void Last_month_name_in_the_same_month_means_last_year()
    {
        var resolution = TestArticle.Of("They met on 19 April 2017.", "Last April they met.").Dates(Day("2018-04-25"));

        Assert.Equal("Last April=2017-04-19", Pairs(resolution)[1]);
    }

    [Fact]
    public void A_day_dated_twice_is_still_the_one_dated_day_of_its_month()
    {
        var resolution = TestArticle.Of("The ferry sank on 7 March 2019.", "Divers reached it on 7 March 2019 at dusk.", "The inquiry into March 2019 is still open.").Dates();

        Assert.Equal("March 2019=2019-03-07", Pairs(resolution)[2]);
    }

    [Fact]
    public void A_month_refers_only_to_a_day_dated_in_its_own_year()
    {
        var resolution = TestArticle.Of("The ferry sank on 7 March 2019.", "A report came out in March 2020.").Dates();

        Assert.Equal(["7 March 2019=2019-03-07"], Pairs(resolution));
    }
}
