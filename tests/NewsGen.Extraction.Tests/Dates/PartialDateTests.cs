using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

public class PartialDateTests
{
    [Theory]
    [InlineData("The generals met in the capital on 12 December.", "12 December", "2018-12-12")]
    [InlineData("The generals met in the capital on December 12.", "December 12", "2018-12-12")]
    [InlineData("The generals met in the capital on Dec. 12.", "Dec. 12", "2018-12-12")]
    [InlineData("The generals met in the capital on 12th December.", "12th December", "2018-12-12")]
    public void Day_and_month_take_the_year_of_the_known_reference(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Day("2018-12-13")), text, value);
    }

    [Fact]
    public void Abbreviated_september_with_a_period_is_read()
    {
        Single(TestArticle.Of("He fainted during the Sept. 11 harvest parade.").Dates(Day("2016-09-12")), "Sept. 11", "2016-09-11");
    }

    [Fact]
    public void Since_puts_a_day_after_the_reference_in_the_previous_year()
    {
        Single(TestArticle.Of("The generals have met weekly since 20 December.").Dates(Day("2018-12-13")), "20 December", "2017-12-20");
    }

    [Fact]
    public void A_future_tense_within_seven_months_outweighs_the_nearer_past_occurrence()
    {
        Single(TestArticle.Of("The generals will meet on 10 June.").Dates(Day("2018-12-13")), "10 June", "2019-06-10");
    }

    [Theory]
    [InlineData("The generals met on 20 December.", "20 December", "2018-12-20")]
    [InlineData("The generals will meet on 10 December.", "10 December", "2018-12-10")]
    public void A_tense_cue_does_not_reach_a_year_past_an_occurrence_a_few_days_away(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Day("2018-12-13")), text, value);
    }

    [Fact]
    public void The_first_day_of_a_range_is_not_after_its_last()
    {
        var resolution = TestArticle.Of("Inspectors found 412 faults between 2 January and 20 October.").Dates(Day("2018-10-26"));

        Assert.Equal(["2 January=2018-01-02", "20 October=2018-10-20"], Pairs(resolution));
    }

    // 2018-10-26 is a Friday late in October.
    [Theory]
    [InlineData("Holders of record receive the payout 14 December.", "14 December", "2018-12-14")]
    [InlineData("The next spectrum auction is Feb. 1.", "Feb. 1", "2019-02-01")]
    [InlineData("The lender booked the write-down on Dec. 14, its filing showed.", "Dec. 14", "2018-12-14")]
    [InlineData("The museum, which reopened in spring, closes again Jan. 7.", "Jan. 7", "2019-01-07")]
    public void A_day_and_month_weeks_ahead_is_the_coming_one_unless_a_cue_points_within_seven_months(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Day("2018-10-26")), text, value);
    }

    [Fact]
    public void Without_a_clear_tense_the_nearest_occurrence_wins()
    {
        Single(TestArticle.Of("The next summit is on 2 January.").Dates(Day("2018-12-13")), "2 January", "2019-01-02");
    }

    [Fact]
    public void Mixed_tenses_fall_back_to_the_nearest_occurrence()
    {
        Single(TestArticle.Of("He said on 10 December that he will resign.").Dates(Day("2018-12-13")), "10 December", "2018-12-10");
    }

    [Fact]
    public void The_clause_around_the_date_decides_the_tense()
    {
        var resolution = TestArticle.Of("Her speech struck a hopeful note for the farmers who the mayors are counting on on 8 January.").Dates(Day("2018-12-13"));

        Single(resolution, "8 January", "2019-01-08");
    }

    [Fact]
    public void A_reporting_verb_in_another_clause_does_not_make_the_date_past()
    {
        var resolution = TestArticle.Of("\"The permit should be allowed to run out on 30 December,\" they wrote.").Dates(Day("2018-12-13"));

        Single(resolution, "30 December", "2018-12-30");
    }

    [Fact]
    public void A_participle_after_a_determiner_is_an_adjective_not_a_past_verb()
    {
        Single(TestArticle.Of("Leaders mark a designated day on 20 December.").Dates(Day("2018-12-13")), "20 December", "2018-12-20");
    }

    [Fact]
    public void Without_a_reference_day_and_month_take_the_year_of_the_latest_full_date()
    {
        var resolution = TestArticle.Of("A first meeting was held on 19 April 2018.", "The generals met again on 12 December.").Dates();

        Assert.Equal(["19 April 2018=2018-04-19", "12 December=2018-12-12"], Pairs(resolution));
    }

    [Fact]
    public void Without_any_year_in_context_day_and_month_stay_unresolved()
    {
        Single(TestArticle.Of("The generals met on 12 December.").Dates(), "12 December", null);
    }
}
