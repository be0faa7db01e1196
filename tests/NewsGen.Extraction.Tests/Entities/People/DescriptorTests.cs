namespace NewsGen.Extraction.Tests.Entities.People;

/// <summary>A common noun that a sentence start capitalized before a name describes the person; it is no part of the name.</summary>
public class DescriptorTests
{
    [Fact]
    public void A_noun_for_someone_who_does_something_opening_a_sentence_before_a_given_name_is_no_part_of_the_name()
    {
        var entities = EntityText.Extract("Welder Paul Ostrander fixed the gate before noon.", "Beekeepers Nora Quist and Dale Emberly sold honey at the fair.");

        Assert.Equal(new[] { "Paul Ostrander", "Nora Quist", "Dale Emberly" }, entities.PersonNames());
    }

    [Fact]
    public void A_given_name_missing_from_the_list_before_a_given_name_stays_part_of_the_name()
    {
        var entities = EntityText.Extract("Tavish Glenn Halvorsen opened the session.");

        Assert.Equal(new[] { "Tavish Glenn Halvorsen" }, entities.PersonNames());
    }

    [Fact]
    public void A_word_before_the_surname_that_opens_a_headline_describes_the_person_the_body_names_in_full()
    {
        var entities = EntityText.ExtractWith("Rookie Okafor wins the sprint", null, "Ruth Okafor took the title in Lyon on Sunday.", "Okafor said she was tired.");

        Assert.Equal(new[] { "Ruth Okafor" }, entities.PersonNames());
    }

    [Fact]
    public void A_noun_for_someone_who_does_something_opening_a_sentence_before_a_surname_describes_the_person_named_in_full()
    {
        var entities = EntityText.Extract("Ruth Okafor scored twice in the final.", "Sharpshooter Okafor was carried off by her team.");

        Assert.Equal(new[] { "Ruth Okafor" }, entities.PersonNames());
    }

    [Fact]
    public void A_given_name_missing_from_the_list_before_a_surname_of_the_article_stays_a_name()
    {
        var entities = EntityText.Extract("Ruth Okafor scored twice in the final.", "Tavish Okafor, her brother, watched.");

        Assert.Equal(new[] { "Ruth Okafor", "Tavish Okafor" }, entities.PersonNames());
    }

    [Theory]
    [InlineData("Drummer Megan Whitcombe said the tour would go on.", "Megan Whitcombe", "Drummer")]
    [InlineData("The club signed prop Owen Brannock on Monday.", "Owen Brannock", "prop")]
    [InlineData("The letter was drafted by solicitor Ivy Halvorsen.", "Ivy Halvorsen", "solicitor")]
    public void A_trade_or_playing_position_before_a_name_is_a_role(string text, string name, string role)
    {
        Assert.Equal(new[] { role }, EntityText.Extract(text).Person(name).Roles);
    }

    [Theory]
    [InlineData("The band of singer Carl Whitcombe and drummer Megan Ostrander split.", "Megan Ostrander", "drummer")]
    [InlineData("Both Halvorsen and singer Ivy Brannock played.", "Ivy Brannock", "singer")]
    public void A_role_phrase_that_names_someone_else_before_an_and_starts_after_it(string text, string name, string role)
    {
        Assert.Equal(new[] { role }, EntityText.Extract(text).Person(name).Roles);
    }

    [Fact]
    public void An_and_inside_one_capitalized_title_keeps_the_whole_title()
    {
        var entities = EntityText.Extract("The plan came from Fisheries and Forests Minister Dale Quist.");

        Assert.Equal(new[] { "Fisheries and Forests Minister" }, entities.Person("Dale Quist").Roles);
    }

    [Fact]
    public void A_baroness_is_named_by_her_surname()
    {
        var entities = EntityText.Extract("Baroness Whitcombe told peers the bill was rushed.");

        Assert.Equal(new[] { "Whitcombe" }, entities.PersonNames());
    }
}
