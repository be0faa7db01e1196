using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Tests.Entities.Places;

public class PlaceTests
{
    [Fact]
    public void Gazetteer_places_carry_their_kind()
    {
        var entities = EntityText.Extract("They flew from Baku in Azerbaijan to Europe.");

        Assert.Equal(PlaceKind.City, entities.Place("Baku").Kind);
        Assert.Equal(PlaceKind.Country, entities.Place("Azerbaijan").Kind);
        Assert.Equal(PlaceKind.Continent, entities.Place("Europe").Kind);
    }

    [Fact]
    public void Aliases_name_the_canonical_place()
    {
        var entities = EntityText.Extract("The US and the United States of America are one; so are the U.K. and Britain.");

        Assert.Equal(new[] { "United States", "United Kingdom" }, entities.Places.Select(p => p.Name));
        Assert.Contains("US", entities.Place("United States").Aliases);
        Assert.Equal(2, entities.Place("United Kingdom").Mentions.Count);
    }

    [Fact]
    public void A_possessive_is_a_mention_of_the_place()
    {
        var entities = EntityText.Extract("Azerbaijan\u2019s capital hosted the talks.");

        var mention = Assert.Single(entities.Place("Azerbaijan").Mentions);
        Assert.Equal("Azerbaijan", mention.Text);
    }

    [Fact]
    public void A_demonym_is_a_mention_of_the_country_but_no_alias()
    {
        var entities = EntityText.Extract("Russian warships fired on Ukrainian vessels.");

        Assert.Equal(new[] { "Russia", "Ukraine" }, entities.Places.Select(p => p.Name));
        Assert.Equal("Russian", Assert.Single(entities.Place("Russia").Mentions).Text);
        Assert.Empty(entities.Place("Russia").Aliases);
    }

    [Fact]
    public void Water_bodies_are_found_by_their_head_word()
    {
        var entities = EntityText.Extract("Ships in the Azov Sea near the Kerch Strait, on Lake Tanganyika and in the Gulf of Finland.");

        Assert.Equal(new[] { "Azov Sea", "Kerch Strait", "Lake Tanganyika", "Gulf of Finland" }, entities.Places.Select(p => p.Name));
        Assert.All(entities.Places, p => Assert.Equal(PlaceKind.Water, p.Kind));
    }

    [Fact]
    public void The_two_ways_of_naming_a_sea_are_one_place()
    {
        var entities = EntityText.Extract("The Azov Sea is shallow. The Sea of Azov freezes in winter.");

        var sea = Assert.Single(entities.Places);
        Assert.Equal("Azov Sea", sea.Name);
        Assert.Contains("Sea of Azov", sea.Aliases);
    }

    [Fact]
    public void A_place_inside_a_hyphenated_word_is_a_mention()
    {
        var entities = EntityText.Extract("It was the second meeting in the NATO-Russia format.");

        Assert.Equal("Russia", Assert.Single(entities.Place("Russia").Mentions).Text);
    }

    [Fact]
    public void A_city_named_like_a_common_word_needs_a_capital_that_is_not_a_sentence_start()
    {
        Assert.Empty(EntityText.Extract("Reading the report took hours.").Places);
        Assert.Equal("Reading", Assert.Single(EntityText.Extract("The club moved to Reading last year.").Places).Name);
    }

    [Fact]
    public void A_possessive_owner_is_not_part_of_a_water_name()
    {
        var entities = EntityText.Extract("They called it Britain\u2019s Guantanamo Bay.");

        Assert.Equal(new[] { "United Kingdom", "Guantanamo Bay" }, entities.Places.Select(p => p.Name));
    }
}
