using System;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation.Checks;

namespace NewsGen.Extraction.Tests.Validation;

public class DateChecksTests
{
    private const string Text =
        "Harbour opens\n" +
        "\n" +
        "The harbour opened on Thursday (28 November 2018), the council said.\n" +
        "\n" +
        "A second berth follows next week, and the ferry starts on 3 March 2019.\n";

    [Fact]
    public void A_weekday_that_contradicts_its_date_is_reported_on_the_date()
    {
        var start = ValidationInputs.OffsetOf(Text, "Thursday");
        var mention = new DateMention("Thursday (28 November 2018)", new CalendarDate(2018, 11, 28), 0, start, 27);
        var dates = new DateResolution([mention], null, [new WeekdayConflict(mention, DayOfWeek.Thursday, new CalendarDate(2018, 11, 28))]);

        var diagnostic = Assert.Single(WeekdayConflictCheck.Run(ValidationInputs.From(Text, dates: dates)));

        DiagnosticAssert.Is(
            diagnostic, "NG1101", ContentSeverity.Warning,
            "'Thursday (28 November 2018)' names a Thursday, but 2018-11-28 is a Wednesday",
            (2, 22), (2, 49));
    }

    [Fact]
    public void A_relative_date_without_a_reference_date_is_reported()
    {
        var start = ValidationInputs.OffsetOf(Text, "next week");
        var dates = new DateResolution([new DateMention("next week", null, 1, start, 9)], null, []);

        var diagnostic = Assert.Single(UnresolvedRelativeDateCheck.Run(ValidationInputs.From(Text, dates: dates)));

        DiagnosticAssert.Is(
            diagnostic, "NG1102", ContentSeverity.Info,
            "'next week' cannot be resolved: the article has no publication date; add 'published:' front matter",
            (4, 23), (4, 32));
    }

    [Fact]
    public void An_unresolved_date_in_an_article_with_a_reference_date_is_not_for_lack_of_one()
    {
        var start = ValidationInputs.OffsetOf(Text, "next week");
        var dates = new DateResolution([new DateMention("next week", null, 1, start, 9)], new CalendarDate(2018, 11, 29), []);

        Assert.Empty(UnresolvedRelativeDateCheck.Run(ValidationInputs.From(Text, dates: dates)));
    }

    [Fact]
    public void An_event_after_the_publication_date_is_reported_on_its_date()
    {
        var start = ValidationInputs.OffsetOf(Text, "3 March 2019");
        var date = new CalendarDate(2019, 3, 3);
        var dates = new DateResolution([new DateMention("3 March 2019", date, 1, start, 12)], new CalendarDate(2018, 11, 29), []);
        var newsEvent = new NewsEvent("e1", date, null, EquatableArray<EntityRef>.Empty, "The ferry started on 3 March 2019.", 1);

        var input = ValidationInputs.From(Text, dates: dates, events: [newsEvent], published: new CalendarDate(2018, 11, 29));
        var diagnostic = Assert.Single(EventAfterPublicationCheck.Run(input));

        DiagnosticAssert.Is(
            diagnostic, "NG1103", ContentSeverity.Warning,
            "The event 'The ferry started on 3 March 2019.' is dated 2019-03-03, after the article's publication date 2018-11-29",
            (4, 58), (4, 70));
    }

    [Fact]
    public void An_event_without_a_written_date_is_not_reported()
    {
        var start = ValidationInputs.OffsetOf(Text, "next week");
        var date = new CalendarDate(2018, 12, 6);
        var dates = new DateResolution([new DateMention("next week", date, 1, start, 9)], new CalendarDate(2018, 11, 29), []);
        var newsEvent = new NewsEvent("e1", date, null, EquatableArray<EntityRef>.Empty, "A second berth follows", 1);

        var input = ValidationInputs.From(Text, dates: dates, events: [newsEvent], published: new CalendarDate(2018, 11, 29));

        Assert.Empty(EventAfterPublicationCheck.Run(input));
    }

    [Theory]
    [InlineData("The ferry will start on 3 March 2019.")]
    [InlineData("The ferry is to start on 3 March 2019.")]
    [InlineData("The ferry is scheduled to start on 3 March 2019.")]
    public void A_planned_event_is_meant_to_be_in_the_future(string sentence)
    {
        var start = ValidationInputs.OffsetOf(Text, "3 March 2019");
        var date = new CalendarDate(2019, 3, 3);
        var dates = new DateResolution([new DateMention("3 March 2019", date, 1, start, 12)], new CalendarDate(2018, 11, 29), []);
        var newsEvent = new NewsEvent("e1", date, null, EquatableArray<EntityRef>.Empty, sentence, 1);

        var input = ValidationInputs.From(Text, dates: dates, events: [newsEvent], published: new CalendarDate(2018, 11, 29));

        Assert.Empty(EventAfterPublicationCheck.Run(input));
    }

    [Fact]
    public void Events_are_not_checked_without_a_stated_publication_date()
    {
        var newsEvent = new NewsEvent("e1", new CalendarDate(2019, 3, 3), null, EquatableArray<EntityRef>.Empty, "the ferry starts", 1);

        Assert.Empty(EventAfterPublicationCheck.Run(ValidationInputs.From(Text, events: [newsEvent])));
    }
}
