using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class NonQuoteRulesTests
{
    [Fact]
    public void One_or_two_word_scare_quotes_are_not_quotes()
    {
        var result = Extract("Critics called the plan \u201cdisastrous\u201d and the rollout a \u201ctotal mess\u201d on Monday.");

        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void Three_words_make_a_quote()
    {
        var result = Extract("Critics called the plan \u201ca total mess\u201d on Monday.");

        Assert.Equal("a total mess", Assert.Single(result.Quotes).Text);
    }

    [Fact]
    public void Publication_names_in_quotes_are_not_quotes()
    {
        var result = Extract(
            "\u201cSalt and Iron\u201d, the Chilean trade newspaper, writes that the talks focused on Peru.",
            "He told \u201cMeet the Growers,\u201d that the deal was done.");

        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void A_capitalized_sentence_is_a_quote_not_a_title()
    {
        var result = Extract("\u201cThe Skipper. Top Banana.\u201d she shouted.");

        Assert.Equal("The Skipper. Top Banana.", Assert.Single(result.Quotes).Text);
    }

    [Fact]
    public void A_sentence_set_off_by_commas_after_a_noun_of_a_work_or_after_titled_is_its_title()
    {
        var result = Extract(
            "Her column, \"Wait for the tide to turn,\" drew hundreds of letters.",
            "The council published a leaflet titled \"what to do when the river rises\" last week.",
            "The film was \"far too long for its own good,\" the critic wrote.");

        Assert.Equal("far too long for its own good,", Assert.Single(result.Quotes).Text);
    }

    [Theory]
    [InlineData("Storm over the Harbour Wall")]
    [InlineData("Life as a Harbour Pilot")]
    [InlineData("Rowing for the Club vs the Tide")]
    [InlineData("Journal du Port Nord")]
    [InlineData("Tides and Ferries of the North")]
    public void Articles_coordinators_prepositions_name_particles_as_and_vs_stay_lowercase_in_a_quoted_title(string title)
    {
        var result = Extract($"She wrote \u201c{title}\u201d last year.");

        Assert.Empty(result.Quotes);
    }

    [Fact]
    public void A_quoted_run_with_another_lowercase_word_is_a_quote_not_a_title()
    {
        var result = Extract("She wrote \u201cStorm hit the Harbour Wall\u201d last year.");

        Assert.Equal("Storm hit the Harbour Wall", Assert.Single(result.Quotes).Text);
    }
}
