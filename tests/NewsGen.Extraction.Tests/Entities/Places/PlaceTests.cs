using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Tests.Entities.Places;

public class PlaceTests
{
    [Fact]
    public void Gazetteer_places_carry_their_kind()
    {
        var entities = EntityText.Extract("They flew from Mombasa in Kenya to Asia.");

        Assert.Equal(PlaceKind.City, entities.Place("Mombasa").Kind);
        Assert.Equal(PlaceKind.Country, entities.Place("Kenya").Kind);
        Assert.Equal(PlaceKind.Continent, entities.Place("Asia").Kind);
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
        var entities = EntityText.Extract("Paraguay\u2019s capital hosted the talks.");

        var mention = Assert.Single(entities.Place("Paraguay").Mentions);
        Assert.Equal("Paraguay", mention.Text);
    }

    [Fact]
    public void A_demonym_is_a_mention_of_the_country_but_no_alias()
    {
        var entities = EntityText.Extract("Peruvian trawlers hailed Chilean patrol boats.");

        Assert.Equal(new[] { "Peru", "Chile" }, entities.Places.Select(p => p.Name));
        Assert.Equal("Peruvian", Assert.Single(entities.Place("Peru").Mentions).Text);
        Assert.Empty(entities.Place("Peru").Aliases);
    }

    [Fact]
    public void Water_bodies_are_found_by_their_head_word()
    {
        var entities = EntityText.Extract("Ships in the Sulu Sea near the Bonifacio Strait, on Lake Tanganyika and in the Gulf of Finland.");

        Assert.Equal(new[] { "Sulu Sea", "Bonifacio Strait", "Lake Tanganyika", "Gulf of Finland" }, entities.Places.Select(p => p.Name));
        Assert.All(entities.Places, p => Assert.Equal(PlaceKind.Water, p.Kind));
    }

    [Fact]
    public void The_two_ways_of_naming_a_sea_are_one_place()
    {
        var entities = EntityText.Extract("The Marmara Sea is busy. The Sea of Marmara rarely freezes.");

        var sea = Assert.Single(entities.Places);
        Assert.Equal("Marmara Sea", sea.Name);
        Assert.Contains("Sea of Marmara", sea.Aliases);
    }

    [Fact]
    public void A_place_inside_a_hyphenated_word_is_a_mention()
    {
        var entities = EntityText.Extract("It was the second meeting in the ASEAN-Peru format.");

        Assert.Equal("Peru", Assert.Single(entities.Place("Peru").Mentions).Text);
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
        var entities = EntityText.Extract("They called it Chile\u2019s Tolmar Bay.");

        Assert.Equal(new[] { "Chile", "Tolmar Bay" }, entities.Places.Select(p => p.Name));
    }
}
