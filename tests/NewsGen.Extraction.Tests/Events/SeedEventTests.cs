using System.IO;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Events;

public class SeedEventTests
{
    [Theory]
    [InlineData("2018-04-19", "Baku", new[] { "Scaparrotti", "Gerasimov" })]
    [InlineData("2018-12-12", "Baku", new[] { "Scaparrotti", "Gerasimov" })]
    [InlineData("2018-11-28", null, new[] { "Putin" })]
    [InlineData("2018-12-04", null, new[] { "Pompeo" })]
    public void Seed_events_have_their_date_place_and_participants(string date, string? place, string[] surnames)
    {
        var article = Seed();

        var newsEvent = Assert.Single(article.Events, e => e.Date?.ToString() == date);
        if (place is not null)
        {
            Assert.Equal(place, newsEvent.Place);
        }

        foreach (var surname in surnames)
        {
            Assert.Contains(newsEvent.Participants, p => NamesOf(article, p).Any(n => n.EndsWith(surname, System.StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void Seed_has_exactly_the_four_events_of_the_gold()
    {
        Assert.Equal(4, Seed().Events.Count);
    }

    private static Article Seed() =>
        ArticleExtractor.Extract(new ArticleSource(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile), null, null), ExtractionOptions.Default).Article!;

    private static string[] NamesOf(Article article, EntityRef participant) =>
        article.People.Where(p => p.Id == participant.Id).SelectMany(p => p.Aliases.Append(p.Name)).Append(participant.Name).ToArray();
}
