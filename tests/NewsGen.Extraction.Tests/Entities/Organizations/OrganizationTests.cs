using System.Linq;

namespace NewsGen.Extraction.Tests.Entities.Organizations;

public class OrganizationTests
{
    [Fact]
    public void Acronyms_are_organizations()
    {
        var entities = EntityText.Extract("NORSEC and TRIMAR briefed reporters, according to the FBI.");

        Assert.Equal(new[] { "NORSEC", "TRIMAR", "FBI" }, entities.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void Place_codes_roman_numerals_listed_abbreviations_and_shouted_words_are_not()
    {
        var entities = EntityText.Extract("The US and UK leaders met the CEO about GDP under Henry VIII.", "LOS ANGELES (Reuters) -- IN the end nothing changed.");

        Assert.DoesNotContain(entities.Organizations, o => o.Name is "US" or "UK" or "CEO" or "GDP" or "VIII" or "LOS" or "ANGELES" or "IN");
    }

    [Fact]
    public void Names_ending_in_an_organization_word_are_organizations()
    {
        var entities = EntityText.Extract("It rejected the Austral Union, the Secret Service and the Ministry of Foreign Affairs.");

        Assert.Equal(new[] { "Austral Union", "Secret Service", "Ministry of Foreign Affairs" }, entities.Organizations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Analysts named WTO and Harbour Freight Group as bidders.", "WTO", "Harbour Freight Group")]
    [InlineData("Analysts named Harbour Freight Group and WTO as bidders.", "Harbour Freight Group", "WTO")]
    public void An_acronym_beside_and_is_a_name_of_its_own(string sentence, string first, string second)
    {
        var entities = EntityText.Extract(sentence);

        Assert.Equal(new[] { first, second }, entities.Organizations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("The Fisheries and Forestry Agency approved the quota.", "Fisheries and Forestry Agency")]
    [InlineData("The Harlow & Finch Group and the Guild objected.", "Harlow & Finch Group")]
    public void And_between_the_words_of_one_name_keeps_them_together(string sentence, string name)
    {
        Assert.Contains(EntityText.Extract(sentence).Organizations, o => o.Name == name);
    }

    [Fact]
    public void A_second_and_before_the_head_word_starts_another_name()
    {
        var entities = EntityText.Extract("Tillman and Crowe and Vesna Freight Company signed the deal.");

        Assert.DoesNotContain(entities.Organizations, o => o.Name.StartsWith("Tillman and Crowe and", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Further_inside_a_name_is_an_adjective_not_a_stop_word()
    {
        var entities = EntityText.Extract("She teaches at the Harlow College of Further Education.");

        Assert.Equal(new[] { "Harlow College of Further Education" }, entities.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void A_name_running_on_into_a_treaty_is_no_organization()
    {
        var entities = EntityText.Extract("They signed the Austral Union Treaty.");

        Assert.Empty(entities.Organizations);
    }

    [Fact]
    public void A_quoted_title_with_a_media_noun_is_a_publication()
    {
        var entities = EntityText.Extract("\u201CSalt and Iron\u201D, the Chilean trade newspaper, writes that talks went well.");

        var publication = Assert.Single(entities.Organizations);
        Assert.Equal("Salt and Iron", publication.Name);
        Assert.Equal("Salt and Iron", Assert.Single(publication.Mentions).Text);
    }

    [Fact]
    public void A_quoted_phrase_without_a_media_noun_is_no_organization()
    {
        Assert.Empty(EntityText.Extract("He called it a \u201CGreat Success\u201D for everyone.").Organizations);
    }

    [Fact]
    public void A_name_after_a_media_noun_is_a_publication()
    {
        var entities = EntityText.Extract("Talks will focus on tariffs, as the Chilean television Vesperal and the daily Kestrel reported.");

        Assert.Equal(new[] { "Vesperal", "Kestrel" }, entities.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void The_publication_word_alone_after_the_full_name_is_an_alias()
    {
        var entities = EntityText.Extract("The Leeds Herald reports that she left.", "The Herald added that nobody knew.");

        var herald = entities.Organization("Leeds Herald");
        Assert.Contains("Herald", herald.Aliases);
        Assert.Equal(2, herald.Mentions.Count);
    }

    [Fact]
    public void An_acronym_in_brackets_after_a_name_is_its_alias()
    {
        var entities = EntityText.Extract("The Southern Ocean Fisheries Organization (SOFO) met. SOFO later agreed.");

        var organization = Assert.Single(entities.Organizations);
        Assert.Equal("Southern Ocean Fisheries Organization", organization.Name);
        Assert.Contains("SOFO", organization.Aliases);
        Assert.Equal(3, organization.Mentions.Count);
    }

    [Fact]
    public void A_name_with_campaign_or_administration_is_an_organization()
    {
        var entities = EntityText.Extract("A Marchetti campaign spokesman said the Whitcombe administration and Okafor\u2019s campaign disagreed.");

        Assert.Equal(new[] { "Marchetti campaign", "Whitcombe administration", "Okafor campaign" }, entities.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void Well_known_names_without_head_words_are_organizations()
    {
        var entities = EntityText.Extract("The Kremlin denied a report by Reuters.");

        Assert.Equal(new[] { "Kremlin", "Reuters" }, entities.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void Product_acronyms_and_acronyms_with_digits_are_not_organizations()
    {
        var entities = EntityText.Extract("Users of Windows XP and the Nintendo DS played MP3 files.");

        Assert.Empty(entities.Organizations);
    }

    [Fact]
    public void Names_joined_by_and_before_the_head_word_are_one_organization()
    {
        var entities = EntityText.Extract(
            "The Securities and Exchange Commission and the Food and Agriculture Organisation agreed.",
            "The Harbour Commission and National Union of Ferrymen disagreed.");

        Assert.Equal(
            new[] { "Securities and Exchange Commission", "Food and Agriculture Organisation", "Harbour Commission", "National Union of Ferrymen" },
            entities.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void The_end_of_a_longer_name_found_before_is_the_same_organization()
    {
        var entities = EntityText.Extract("He told the Wexbridge Evening Courier about it.", "The Evening Courier printed it.");

        var paper = Assert.Single(entities.Organizations);
        Assert.Equal("Wexbridge Evening Courier", paper.Name);
        Assert.Contains("Evening Courier", paper.Aliases);
    }

    [Fact]
    public void A_name_no_person_claims_before_a_speech_verb_is_an_organization_that_speaks()
    {
        var entities = EntityText.Extract(
            "\u201cThe figures do not add up,\u201d Copper Lantern wrote on Monday.",
            "The rebuttal came quickly, the Almanac reported.");

        Assert.Equal(new[] { "Copper Lantern", "Almanac" }, entities.Organizations.Select(o => o.Name));
        Assert.Empty(entities.People);
    }

    [Fact]
    public void Speaking_names_inside_longer_phrases_and_doubted_people_are_no_organizations()
    {
        var entities = EntityText.Extract(
            "A member of the Cabinet said it would pass. Friends of the Marsh said they were worried.",
            "Police said the road was closed. Kirsty Lowe called the plan weak, and the MPs said nothing.",
            "\u201cWe lost our shape,\u201d Ten Haaf said. The Bank said rates would hold.");

        Assert.DoesNotContain(
            entities.Organizations, o => o.Name is "Cabinet" or "Marsh" or "Police" or "Kirsty Lowe" or "MPs" or "Ten Haaf" or "Bank");
    }

    [Fact]
    public void A_government_department_is_also_called_by_its_field_of_two_or_more_words()
    {
        var entities = EntityText.Extract("The Department of Coastal Defence and the Department of Fisheries signed the plan.");

        Assert.Contains("Coastal Defence", entities.Organization("Department of Coastal Defence").Aliases);
        Assert.DoesNotContain("Fisheries", entities.Organization("Department of Fisheries").Aliases);
    }
}
