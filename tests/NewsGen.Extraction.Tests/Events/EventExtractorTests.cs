using System.Linq;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Events;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Tests.Dates;

namespace NewsGen.Extraction.Tests.Events;

public class EventExtractorTests
{
    private static readonly CalendarDate Reference = DateAssert.Day("2018-12-13");

    [Fact]
    public void A_dated_sentence_with_people_and_places_is_an_event_at_the_most_specific_place()
    {
        var article = TestArticle.Of("Nothing dated here.", "General John Smith met Ivan Petrov in Oslo, Norway on 12 December. Both left.");
        var entities = new EntitySet(
            [article.Person("John Smith", "Smith"), article.Person("Ivan Petrov", "Petrov")],
            [],
            [article.Place("Norway", PlaceKind.Country), article.Place("Oslo", PlaceKind.City)]);

        var newsEvent = Assert.Single(EventExtractor.Extract(article.Structure, entities, article.Dates(Reference)));

        Assert.Equal(DateAssert.Day("2018-12-12"), newsEvent.Date);
        Assert.Equal("Oslo", newsEvent.Place);
        Assert.Equal(["John Smith", "Ivan Petrov"], newsEvent.Participants.Select(p => p.Name));
        Assert.Equal(EntityKind.Person, newsEvent.Participants[0].Kind);
        Assert.Equal("General John Smith met Ivan Petrov in Oslo, Norway on 12 December.", newsEvent.Summary);
        Assert.Equal(1, newsEvent.Paragraph);
        Assert.Equal("OsloMeeting12December2018", newsEvent.Id);
    }

    [Fact]
    public void Sentences_without_a_date_or_without_participants_are_not_events()
    {
        var article = TestArticle.Of("John Smith met Ivan Petrov in Oslo.", "On 12 December, it rained in Oslo.");
        var entities = new EntitySet(
            [article.Person("John Smith"), article.Person("Ivan Petrov")], [], [article.Place("Oslo", PlaceKind.City)]);

        Assert.Empty(EventExtractor.Extract(article.Structure, entities, article.Dates(Reference)));
    }

    [Fact]
    public void Organizations_are_participants()
    {
        var article = TestArticle.Of("The Red Cross delivered aid on 12 December.");
        var entities = new EntitySet([], [article.Organization("Red Cross")], []);

        var newsEvent = Assert.Single(EventExtractor.Extract(article.Structure, entities, article.Dates(Reference)));

        Assert.Equal(EntityKind.Organization, Assert.Single(newsEvent.Participants).Kind);
        Assert.Equal("RedCross12December2018", newsEvent.Id);
    }

    [Fact]
    public void A_dated_sentence_without_people_takes_them_from_a_recent_sentence_about_the_same_event()
    {
        var article = TestArticle.Of(
            "Minister Delia Marchetti announced sanctions against Montevideo.",
            "The federation imposed the sanctions on Tuesday (4 December).");
        var entities = new EntitySet([article.Person("Delia Marchetti", "Marchetti")], [], [article.Place("Montevideo", PlaceKind.City)]);

        var newsEvent = Assert.Single(EventExtractor.Extract(article.Structure, entities, article.Dates(Reference)));

        Assert.Equal(DateAssert.Day("2018-12-04"), newsEvent.Date);
        Assert.Equal("Delia Marchetti", Assert.Single(newsEvent.Participants).Name);
        Assert.Equal(1, newsEvent.Paragraph);
        Assert.StartsWith("The federation imposed", newsEvent.Summary);
        Assert.Equal("MontevideoSanctions4December2018", newsEvent.Id);
    }

    [Fact]
    public void Coreference_needs_a_shared_event_noun()
    {
        var article = TestArticle.Of(
            "Minister Delia Marchetti announced sanctions against Montevideo.",
            "The federation held a rally on Tuesday (4 December).");
        var entities = new EntitySet([article.Person("Delia Marchetti", "Marchetti")], [], []);

        Assert.Empty(EventExtractor.Extract(article.Structure, entities, article.Dates(Reference)));
    }

    [Fact]
    public void Coreference_looks_back_at_most_two_paragraphs()
    {
        var article = TestArticle.Of(
            "Minister Delia Marchetti announced sanctions against Montevideo.",
            "Filler one.",
            "Filler two.",
            "The federation imposed the sanctions on Tuesday (4 December).");
        var entities = new EntitySet([article.Person("Delia Marchetti", "Marchetti")], [], []);

        Assert.Empty(EventExtractor.Extract(article.Structure, entities, article.Dates(Reference)));
    }

    [Fact]
    public void The_same_event_told_in_the_caption_and_the_body_is_merged()
    {
        var article = TestArticle.WithCaption(
            "General John Smith and General Ivan Petrov of the Alliance in Oslo, 19 April 2018.",
            "The generals met again on 12 December.",
            "Last April Smith and Petrov held their first meeting in Oslo.");
        var entities = new EntitySet(
            [article.Person("John Smith", "Smith"), article.Person("Ivan Petrov", "Petrov")],
            [article.Organization("Alliance")],
            [article.Place("Oslo", PlaceKind.City)]);

        var newsEvent = Assert.Single(EventExtractor.Extract(article.Structure, entities, article.Dates(null)));

        Assert.Equal(DateAssert.Day("2018-04-19"), newsEvent.Date);
        Assert.Equal(-2, newsEvent.Paragraph);
        Assert.Equal(["John Smith", "Ivan Petrov", "Alliance"], newsEvent.Participants.Select(p => p.Name));
        Assert.Equal("OsloMeeting19April2018", newsEvent.Id);
    }

    [Fact]
    public void Same_day_with_different_participants_stays_two_events_with_unique_ids()
    {
        var article = TestArticle.Of(
            "John Smith met Ivan Petrov in Oslo on 12 December.",
            "Jane Doe met Ivan Petrov in Oslo on 12 December.");
        var entities = new EntitySet(
            [article.Person("John Smith"), article.Person("Ivan Petrov"), article.Person("Jane Doe")], [], [article.Place("Oslo", PlaceKind.City)]);

        var events = EventExtractor.Extract(article.Structure, entities, article.Dates(Reference));

        Assert.Equal(["OsloMeeting12December2018", "OsloMeeting12December20182"], events.Select(e => e.Id));
    }

    [Fact]
    public void Same_day_in_different_places_stays_two_events()
    {
        var article = TestArticle.Of(
            "John Smith spoke in Oslo on 12 December.",
            "John Smith spoke in Bergen on 12 December.");
        var entities = new EntitySet(
            [article.Person("John Smith")], [], [article.Place("Oslo", PlaceKind.City), article.Place("Bergen", PlaceKind.City)]);

        var events = EventExtractor.Extract(article.Structure, entities, article.Dates(Reference));

        Assert.Equal(["Oslo", "Bergen"], events.Select(e => e.Place));
    }

    [Fact]
    public void With_an_event_noun_but_no_place_the_id_names_the_first_participant_and_the_noun()
    {
        var article = TestArticle.Of("President Harlan Whitcombe defended the raid on Wednesday (28 November).");
        var entities = new EntitySet([article.Person("Harlan Whitcombe", "Whitcombe")], [], []);

        var newsEvent = Assert.Single(EventExtractor.Extract(article.Structure, entities, article.Dates(Reference)));

        Assert.Equal("HarlanWhitcombeRaid28November2018", newsEvent.Id);
    }

    [Fact]
    public void Without_an_event_noun_the_id_names_the_first_participant()
    {
        var article = TestArticle.Of("President Harlan Whitcombe argued on Wednesday (28 November) in a letter that the trawlers were Peruvian.");
        var entities = new EntitySet([article.Person("Harlan Whitcombe", "Whitcombe")], [], []);

        var newsEvent = Assert.Single(EventExtractor.Extract(article.Structure, entities, article.Dates(Reference)));

        Assert.Equal("HarlanWhitcombe28November2018", newsEvent.Id);
    }
}
