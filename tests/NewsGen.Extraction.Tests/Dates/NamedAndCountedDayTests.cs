using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

/// <summary>Holidays, days counted from another day, and times of day written with a day.</summary>
public class NamedAndCountedDayTests
{
    // 2018-12-12 is a Wednesday.
    private static readonly Model.CalendarDate Wednesday = Day("2018-12-12");

    [Theory]
    [InlineData("Shoppers crowded the malls on Thanksgiving Day.", "2018-12-12", "Thanksgiving Day", "2018-11-22")]
    [InlineData("Polls open at seven on Election Day.", "2018-10-20", "Election Day", "2018-11-06")]
    [InlineData("Voters went to the polls on Election Day 2016.", "2018-10-20", "Election Day 2016", "2016-11-08")]
    [InlineData("The depot closes on Christmas Eve.", "2018-12-12", "Christmas Eve", "2018-12-24")]
    [InlineData("The parade was held on Memorial Day 2016.", "2018-12-12", "Memorial Day 2016", "2016-05-30")]
    [InlineData("The fireworks went off on New Year’s Eve.", "2019-01-03", "New Year’s Eve", "2018-12-31")]
    [InlineData("The bridge reopens on Labor Day.", "2019-08-20", "Labor Day", "2019-09-02")]
    [InlineData("Pilgrims walked the old road on Good Friday.", "2019-04-24", "Good Friday", "2019-04-19")]
    [InlineData("The museum opens its new wing on Easter Monday.", "2024-03-20", "Easter Monday", "2024-04-01")]
    [InlineData("The lake fills with boats on the Fourth of July.", "2019-06-28", "Fourth of July", "2019-07-04")]
    [InlineData("Florists had a busy Mother's Day.", "2019-05-20", "Mother's Day", "2019-05-12")]
    [InlineData("Children went door to door on Halloween.", "2018-11-05", "Halloween", "2018-10-31")]
    [InlineData("Offices close for Presidents Day.", "2019-02-10", "Presidents Day", "2019-02-18")]
    [InlineData("The archive stays shut on Juneteenth.", "2021-06-01", "Juneteenth", "2021-06-19")]
    public void Fixed_and_computed_holidays_are_dates(string sentence, string published, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Day(published)), text, value);
    }

    [Theory]
    [InlineData("The film was shown for Holocaust Memorial Day.")]
    [InlineData("The Good Friday Agreement set up a new assembly.")]
    public void A_holiday_inside_a_longer_name_is_not_that_holiday(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Theory]
    [InlineData("Traffic on the coast road was heavy over the Memorial Day weekend.")]
    [InlineData("Historians still argue about the Good Friday accord.")]
    public void A_holiday_between_the_and_a_noun_names_an_event_or_a_stretch_of_days(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Theory]
    [InlineData("Tenants must pay the new rent by the 20th.", "the 20th", "2018-12-20")]
    [InlineData("The library reopened on the 3rd, the council said.", "the 3rd", "2018-12-03")]
    [InlineData("The ferry will resume sailings on the 2nd.", "the 2nd", "2019-01-02")]
    public void A_day_of_the_month_alone_takes_its_month_from_the_reference_and_the_tense(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("The clinic moved on the 3rd floor last spring.")]
    [InlineData("The chapel was rebuilt in the 14th century.")]
    [InlineData("She finished the 12th, two strokes behind.")]
    public void An_ordinal_that_is_not_a_day_of_the_month_is_not_a_date(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Fact]
    public void Last_before_a_holiday_is_the_previous_one()
    {
        Single(TestArticle.Of("The climbers were rescued last Thanksgiving.").Dates(Day("2019-02-10")), "last Thanksgiving", "2018-11-22");
    }

    [Fact]
    public void Days_ago_count_back_from_the_reference()
    {
        Single(TestArticle.Of("The ferry sank three days ago.").Dates(Wednesday), "three days ago", "2018-12-09");
    }

    [Theory]
    [InlineData("A year ago the plant employed 300 people.")]
    [InlineData("Freight orders climbed 8 percent from a year earlier.")]
    [InlineData("Sales are expected to recover later this year.")]
    [InlineData("Two weeks ago the line was cut.")]
    [InlineData("Three months ago the pier collapsed.")]
    [InlineData("Ten years ago the valley was farmland.")]
    public void Weeks_months_and_years_counted_from_a_day_are_periods_not_days(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Theory]
    [InlineData("The bank expects to finish the merger by year-end.", "2018-12-12", "year-end", "2018-12-31")]
    [InlineData("The pool closes at the end of the month.", "2018-12-12", "the end of the month", "2018-12-31")]
    [InlineData("Debt at the end of last year stood at four billion.", "2018-12-12", "the end of last year", "2017-12-31")]
    [InlineData("The loan falls due at the end of next year.", "2018-12-12", "the end of next year", "2019-12-31")]
    [InlineData("Rents rose at the end of last month.", "2019-03-10", "the end of last month", "2019-02-28")]
    [InlineData("The depot will reopen at the end of this year.", "2019-02-10", "the end of this year", "2019-12-31")]
    [InlineData("Reserves fell sharply at the end of the year.", "2019-01-20", "the end of the year", "2018-12-31")]
    [InlineData("Stocks of grain were low at year-end, the ministry said.", "2019-02-14", "year-end", "2018-12-31")]
    public void The_end_of_a_year_or_month_is_its_last_day(string sentence, string published, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Day(published)), text, value);
    }

    [Theory]
    [InlineData("The brewery moved its fiscal year-end to June.")]
    [InlineData("She was hired at the end of the year-long search.")]
    public void A_fiscal_year_end_or_a_longer_word_is_not_the_end_of_the_calendar_year(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Fact]
    public void The_day_after_on_or_for_is_the_day_told_before_it()
    {
        var resolution = TestArticle.Of(
            "The canal reopened on 4 July 2017. On the day, barges queued at the lock.",
            "The index slid on 3 May 2016 and ended lower for the day.",
            "The rally began on 6 June 2015. Later in the day, the crowd thinned.").Dates(Wednesday);

        Assert.Equal(
            ["4 July 2017=2017-07-04", "the day=2017-07-04", "3 May 2016=2016-05-03", "the day=2016-05-03", "6 June 2015=2015-06-06", "Later in the day=2015-06-06"],
            Pairs(resolution));
    }

    [Theory]
    [InlineData("He still remembers the day he left the village.")]
    [InlineData("On the day of the vote, queues formed early.")]
    [InlineData("For the day, the market was quiet.")]
    public void The_day_of_an_event_or_without_a_day_before_it_is_not_reported(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Fact]
    public void Days_told_after_a_date_count_from_it()
    {
        var resolution = TestArticle.Of(
            "Rescuers reached the village on 4 March 2018. Earlier that day, the road had reopened.",
            "Doctors arrived the next morning. The day before, a convoy had turned back.",
            "Two days later the school opened.").Dates(Wednesday);

        Assert.Equal(
            ["4 March 2018=2018-03-04", "Earlier that day=2018-03-04", "the next morning=2018-03-05", "The day before=2018-03-04"],
            Pairs(resolution));
    }

    [Fact]
    public void The_previous_or_following_weekday_counts_from_the_day_told_before()
    {
        var resolution = TestArticle.Of(
            "The index closed on Friday, 7 September 2018, down 2% from the previous Friday.",
            "Trading resumed the following Monday.").Dates(Wednesday);

        Assert.Equal(
            ["Friday, 7 September 2018=2018-09-07", "the previous Friday=2018-08-31", "the following Monday=2018-09-03"],
            Pairs(resolution));
    }

    [Fact]
    public void The_previous_weekday_without_a_day_told_before_is_the_one_before_the_reference()
    {
        Single(TestArticle.Of("Shares fell 3% from the previous Friday.").Dates(Wednesday), "the previous Friday", "2018-12-07");
    }

    [Fact]
    public void Days_later_count_only_from_a_date_in_the_same_paragraph()
    {
        var resolution = TestArticle.Of("The vote took place on 3 May 2017. Two days later the result was challenged.").Dates(Wednesday);

        Assert.Equal(["3 May 2017=2017-05-03", "Two days later=2017-05-05"], Pairs(resolution));
    }

    [Fact]
    public void The_day_before_another_date_counts_from_that_date()
    {
        Single(TestArticle.Of("The day before last Friday's ballot, the mayor resigned.").Dates(Wednesday), "The day before last Friday", "2018-12-06");
    }

    [Theory]
    [InlineData("The mayor resigned the day before the vote.")]
    [InlineData("The bridge was inspected ten days before the collapse.")]
    [InlineData("Nobody knows what happened that night.")]
    public void Days_counted_from_an_event_or_from_nothing_are_not_reported(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Theory]
    [InlineData("The ferry will leave at 6 a.m. EST Thursday.", "6 a.m. EST Thursday", "2018-12-13")]
    [InlineData("The strike began Monday morning.", "Monday morning", "2018-12-10")]
    [InlineData("Polls close at 8 p.m. GMT 14 December.", "8 p.m. GMT 14 December", "2018-12-14")]
    public void A_time_of_day_written_with_a_day_belongs_to_that_day(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Theory]
    [InlineData("Shares slid late yesterday.", "late yesterday", "2018-12-11")]
    [InlineData("Medics arrived early Monday.", "early Monday", "2018-12-10")]
    [InlineData("The envoys spoke earlier Sunday.", "earlier Sunday", "2018-12-09")]
    [InlineData("The council will vote later today.", "later today", "2018-12-12")]
    [InlineData("Sirens sounded mid-afternoon yesterday.", "mid-afternoon yesterday", "2018-12-11")]
    [InlineData("The pickets left at noon Saturday.", "noon Saturday", "2018-12-08")]
    [InlineData("The ban lapsed at midnight Sunday.", "midnight Sunday", "2018-12-09")]
    [InlineData("The pitch flooded late Saturday night.", "late Saturday night", "2018-12-08")]
    [InlineData("Ballots arrive early 14 December.", "early 14 December", "2018-12-14")]
    [InlineData("Crews return tomorrow morning.", "tomorrow morning", "2018-12-13")]
    [InlineData("The count ended late yesterday afternoon.", "late yesterday afternoon", "2018-12-11")]
    [InlineData("Late Friday, the talks collapsed.", "Late Friday", "2018-12-07")]
    [InlineData("The ferries stopped at 11.30pm Friday.", "Friday", "2018-12-07")]
    public void A_modifier_or_part_of_the_day_belongs_to_the_mention_of_the_whole_day(string sentence, string text, string value)
    {
        Single(TestArticle.Of(sentence).Dates(Wednesday), text, value);
    }

    [Fact]
    public void A_modifier_after_a_count_of_days_belongs_to_the_count()
    {
        var resolution = TestArticle.Of("The storm hit on 3 December. Two days later Monday's ferries were cancelled.").Dates(Wednesday);

        Assert.Equal(["3 December=2018-12-03", "Two days later=2018-12-05", "Monday=2018-12-10"], Pairs(resolution));
    }

    [Fact]
    public void A_modifier_before_a_weekday_that_contradicts_its_date_keeps_the_conflict()
    {
        var resolution = TestArticle.Of("The jury returned early Thursday, 12 December.").Dates(Wednesday);

        var conflict = Assert.Single(resolution.WeekdayConflicts);
        Assert.Equal("early Thursday, 12 December", conflict.Mention.Text);
        Assert.Equal(Day("2018-12-12"), conflict.Date);
    }

    [Fact]
    public void A_time_followed_by_the_same_time_in_another_zone_is_an_expression_apart_from_its_day()
    {
        var resolution = TestArticle.Of("The blast struck at about 9:40 a.m. (0640 GMT) Monday.").Dates(Wednesday);

        Assert.Equal(["9:40 a.m.=2018-12-10", "Monday=2018-12-10"], Pairs(resolution));
    }

    [Fact]
    public void Last_evening_the_prior_day_and_that_same_day_are_days()
    {
        var resolution = TestArticle.Of(
            "The choir sang last evening.",
            "The jury retired on 6 December. The prior day had been spent on closing speeches.",
            "The envoy landed on Monday and met the rebels that same day.").Dates(Wednesday);

        Assert.Equal(
            ["last evening=2018-12-11", "6 December=2018-12-06", "The prior day=2018-12-05", "Monday=2018-12-10", "that same day=2018-12-10"],
            Pairs(resolution));
    }

    [Fact]
    public void A_second_day_after_a_month_day_is_a_date_of_that_month()
    {
        var resolution = TestArticle.Of("The summit takes place on June 3 and 4.").Dates(Day("2018-05-20"));

        Assert.Equal(["June 3=2018-06-03", "4=2018-06-04"], Pairs(resolution));
    }

    [Fact]
    public void A_number_after_a_month_day_that_counts_something_is_not_a_day()
    {
        Assert.Equal(["June 3=2018-06-03"], Pairs(TestArticle.Of("Between June 3 and 10 people will leave the island.").Dates(Day("2018-05-20"))));
    }

    [Theory]
    [InlineData("The convoy left the port on Friday and reached the border at midday.", "midday", "2018-12-07")]
    [InlineData("Crews will start at 4 in the morning (4 a.m. EST Thursday).", "4 in the morning", "2018-12-13")]
    [InlineData("The ferry docked at 11:15 p.m., the harbour office said on Monday.", "11:15 p.m.", "2018-12-10")]
    public void A_clock_time_alone_is_on_the_day_its_sentence_names(string sentence, string text, string value)
    {
        Assert.Contains($"{text}={value}", Pairs(TestArticle.Of(sentence).Dates(Wednesday)));
    }

    [Theory]
    [InlineData("The ferry docked at 11:15 p.m. after a rough crossing.")]
    [InlineData("Scores were level at 10 p.m.; the match went on.")]
    public void A_clock_time_without_a_day_in_its_sentence_is_not_reported(string sentence)
    {
        Assert.Empty(TestArticle.Of(sentence).Dates(Wednesday).Dates);
    }

    [Fact]
    public void Today_before_a_noun_of_the_present_era_is_not_the_day_of_writing()
    {
        Assert.Equal(["today=2018-12-12"], Pairs(TestArticle.Of("The museum said today that today's youth rarely visit.").Dates(Wednesday)));
    }
}
