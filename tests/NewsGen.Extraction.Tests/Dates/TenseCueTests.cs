using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

/// <summary>Which occurrence of a weekday or day-month the governing verb and the words around the date point to.</summary>
public class TenseCueTests
{
    // 2018-12-12 is a Wednesday.
    private static readonly Model.CalendarDate Wednesday = Day("2018-12-12");

    [Theory]
    [InlineData("The panel is scheduled to report on Monday.", "Monday", "2018-12-17")]
    [InlineData("The regulator is expected to rule on Tuesday.", "Tuesday", "2018-12-18")]
    [InlineData("The union has scheduled a ballot for Monday.", "Monday", "2018-12-17")]
    [InlineData("The judge postponed the hearing until Tuesday.", "Tuesday", "2018-12-18")]
    [InlineData("The carrier plans to resume flights on Monday.", "Monday", "2018-12-17")]
    [InlineData("Volunteers planned a clean-up of the river bank on Saturday.", "Saturday", "2018-12-15")]
    [InlineData("The builder expects to hand over the keys on Monday.", "Monday", "2018-12-17")]
    [InlineData("The charity hopes to open the shelter on Monday.", "Monday", "2018-12-17")]
    [InlineData("The retrial is set for Monday.", "Monday", "2018-12-17")]
    [InlineData("The two leaders meet separately Monday with the envoy.", "Monday", "2018-12-17")]
    [InlineData("Border talks resume on Monday in the capital.", "Monday", "2018-12-17")]
    [InlineData("The inquiry opens on Monday.", "Monday", "2018-12-17")]
    public void Future_and_scheduling_cues_put_a_weekday_after_the_reference(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("The coach said her squad will fly to the final on Monday.", "2018-12-17")]
    [InlineData("The coach said on Monday nobody will be dropped.", "2018-12-10")]
    [InlineData("A parade planned for Monday was called off after the storm.", "2018-12-10")]
    public void Of_a_past_and_a_future_verb_in_one_clause_the_nearer_one_before_the_date_governs_it(string sentence, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), "Monday", value);
    }

    [Theory]
    [InlineData("On Friday, the council planned to reopen the road.", "Friday", "2018-12-07")]
    [InlineData("The twins planned to leave on Monday, their mother said.", "Monday", "2018-12-10")]
    public void Planned_before_an_infinitive_is_a_past_intention_not_a_schedule(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("The buyout offer had been due to expire on Friday.", "2018-12-07")]
    [InlineData("The vote had been scheduled for Friday before the chair fell ill.", "2018-12-07")]
    [InlineData("The ferry had been expected to dock on Friday.", "2018-12-07")]
    public void A_plan_told_in_the_past_perfect_was_for_a_day_already_gone(string sentence, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), "Friday", value);
    }

    [Theory]
    [InlineData("The delegates were told not to meet on Monday.")]
    [InlineData("Delegates arrived for the open on Monday.")]
    public void An_event_verb_after_to_or_not_or_a_determiner_is_no_schedule(string sentence)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), "Monday", "2018-12-10");
    }

    [Fact]
    public void A_plan_told_in_the_present_perfect_is_still_ahead()
    {
        Single(TestArticle.Of("The vote has been scheduled for Friday.").Dates(Wednesday), "Friday", "2018-12-14");
    }

    [Theory]
    [InlineData("The dockers called a walkout for 3 January.", "3 January", "2019-01-03")]
    [InlineData("The driver was fined for Monday's crash.", "Monday", "2018-12-10")]
    public void A_day_after_for_is_what_was_arranged_unless_it_names_an_event(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("The parcel was sent to you on Friday.")]
    [InlineData("The award went to her on Friday.")]
    public void To_before_a_pronoun_or_determiner_is_no_infinitive_so_the_past_verb_governs(string sentence)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), "Friday", "2018-12-07");
    }

    [Fact]
    public void This_coming_names_the_next_occurrence()
    {
        Single(TestArticle.Of("The market opens this coming Monday.").Dates(Wednesday), "this coming Monday", "2018-12-17");
    }

    [Theory]
    [InlineData("Extra ferry crossings on Thursday.", "Thursday", "2018-12-13")]
    [InlineData("Extra ferry crossings on Tuesday.", "Tuesday", "2018-12-11")]
    [InlineData("Officials could return as soon as Friday.", "Friday", "2018-12-14")]
    public void Without_a_tense_cue_a_weekday_is_the_nearest_occurrence(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("Monday's recount is the talk of the town.", "2018-12-14", "Monday", "2018-12-10")]
    [InlineData("The 20 April flood is the talk of the town.", "2018-12-12", "20 April", "2018-04-20")]
    public void Without_a_tense_cue_the_occurrence_ahead_must_be_much_nearer(string sentence, string published, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Day(published)), text, value);
    }

    [Theory]
    [InlineData("The bonus will be paid Thursday.", "Thursday", "2018-12-13")]
    [InlineData("The ferry line will have closed by Tuesday.", "Tuesday", "2018-12-18")]
    [InlineData("The new wing is to be opened on Monday.", "Monday", "2018-12-17")]
    [InlineData("The final will be held Thursday, organisers said.", "Thursday", "2018-12-13")]
    [InlineData("The landlord said the flats are to have been sold by Monday.", "Monday", "2018-12-17")]
    public void A_participle_after_a_future_or_modal_auxiliary_is_not_a_past_verb(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("The inspectors asked the plant to reply by Saturday.", "Saturday", "2018-12-15")]
    [InlineData("The bank's offer was extended until Monday.", "Monday", "2018-12-17")]
    [InlineData("The tenants had until Tuesday to move out.", "Tuesday", "2018-12-18")]
    [InlineData("The coach told the squad to report back before Monday.", "Monday", "2018-12-17")]
    public void A_limit_after_a_past_verb_points_ahead_of_it(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("It was not until Monday that the road reopened.", "Monday", "2018-12-10")]
    [InlineData("Up until Monday, the ferries ran as usual.", "Monday", "2018-12-10")]
    [InlineData("Until Tuesday, nobody had noticed the leak.", "Tuesday", "2018-12-11")]
    [InlineData("The marchers kept walking until Monday.", "Monday", "2018-12-10")]
    public void A_until_that_does_not_follow_its_verb_sets_no_limit_ahead(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Fact]
    public void A_past_tense_weekday_stays_in_the_past_even_when_the_next_one_is_nearer()
    {
        Single(TestArticle.Of("The lifeboat crew rescued two walkers on Thursday.").Dates(Wednesday), "Thursday", "2018-12-06");
    }

    [Theory]
    [InlineData("The council told residents to register by 4 January.", "4 January", "2019-01-04")]
    [InlineData("The court ordered the tenants to leave by January 3.", "January 3", "2019-01-03")]
    [InlineData("Nobody explained the 20 January deadline.", "20 January", "2019-01-20")]
    [InlineData("The mayor gave no reason for a Jan. 9 return date.", "Jan. 9", "2019-01-09")]
    public void A_past_verb_does_not_date_an_infinitive_or_a_modifier(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Fact]
    public void A_noun_that_goes_without_an_article_after_to_is_not_an_infinitive()
    {
        Single(TestArticle.Of("The guard was beaten to death on Thursday.").Dates(Wednesday), "Thursday", "2018-12-06");
    }

    [Theory]
    [InlineData("Prices have fallen steadily since 20 December.", "20 December", "2017-12-20")]
    [InlineData("Rescuers have searched the valley since the 28 December landslide.", "28 December", "2017-12-28")]
    public void Since_puts_the_date_in_the_past(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Fact]
    public void Until_leaves_a_past_clause_to_the_nearest_occurrence()
    {
        Single(TestArticle.Of("A regional court ordered that the bridge stay closed until 2 January.").Dates(Wednesday), "2 January", "2019-01-02");
    }

    [Fact]
    public void A_weekday_with_its_date_a_day_ahead_outweighs_a_past_tense()
    {
        var resolution = TestArticle.Of("The gazette wrote in its leader on Thursday, Dec. 13, that the plan had failed.").Dates(Wednesday);

        Single(resolution, "Thursday, Dec. 13", "2018-12-13");
        Assert.Empty(resolution.WeekdayConflicts);
    }

    [Fact]
    public void A_day_in_the_week_of_phrase_names_a_week_not_a_day()
    {
        Assert.Empty(TestArticle.Of("The trial may open in the week of 14 January.").Dates(Wednesday).Dates);
    }
}
