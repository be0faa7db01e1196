using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Tests.Structure;

public class BoilerplateTests
{
    private const string Prose = "The committee met for three hours and agreed on a new timetable.";

    [Theory]
    [InlineData("Subscribe to our newsletters")]
    [InlineData("Sign up for our daily briefing")]
    [InlineData("Advertisement")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Follow us on Twitter and Facebook")]
    [InlineData("Share this article")]
    [InlineData("Facebook Twitter WhatsApp Email")]
    [InlineData("We use cookies to improve your experience. By continuing you agree to our policy.")]
    [InlineData("Click here to read the full report.")]
    [InlineData("Read more: Why the vote matters")]
    [InlineData("Read the rest here.")]
    [InlineData("© 2018 News Agency. All rights reserved.")]
    [InlineData("Copyright 2019 Example Media")]
    [InlineData("Related stories")]
    public void Default_patterns_drop_whole_blocks(string block)
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\n{block}\n\n{Prose}\n");

        Assert.Equal([block], structure.Boilerplate);
        Assert.Equal(2, structure.Paragraphs.Count);
    }

    [Theory]
    [InlineData("Readers were asked to subscribe to the petition by Friday, organisers said.")]
    [InlineData("The advertisement ran in three newspapers before it was withdrawn.")]
    [InlineData("Copyright law was changed in 2004 after a long campaign.")]
    [InlineData("He declined to comment.")]
    [InlineData("Click-through rates fell, the company said.")]
    public void Real_sentences_that_mention_boilerplate_words_stay(string block)
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\n{block}\n");

        Assert.Empty(structure.Boilerplate);
        Assert.Equal(block, structure.Paragraphs[1].Text);
    }

    [Fact]
    public void Short_footer_lines_go_when_a_pattern_matches_their_first_segment()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\nCopyright 2019 Example Media | Terms of use | Contact the newsroom desk\n");

        Assert.Equal(["Copyright 2019 Example Media | Terms of use | Contact the newsroom desk"], structure.Boilerplate);
    }

    [Fact]
    public void Consumer_patterns_add_to_the_defaults()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\nDownload the Example News podcast\n\n{Prose}\n", "Download the .+ podcast");

        Assert.Equal(["Download the Example News podcast"], structure.Boilerplate);
    }

    [Fact]
    public void Invalid_consumer_patterns_are_ignored_and_reported()
    {
        var options = new ExtractionOptions(new[] { "([unclosed", "Promo code \\w+" }.ToEquatableArray(), ExtractionOptions.DefaultMaxFileSize);

        var matcher = BoilerplatePatterns.Compile(options);
        var structure = Articles.Read($"Title\n\n{Prose}\n\nPromo code SAVE20\n", "([unclosed", "Promo code \\w+");

        var invalid = Assert.Single(matcher.InvalidPatterns);
        Assert.Equal("([unclosed", invalid.Pattern);
        Assert.NotEmpty(invalid.Reason);
        Assert.Equal(["Promo code SAVE20"], structure.Boilerplate);
    }

    [Fact]
    public void Default_list_is_data_and_every_entry_is_a_valid_regex()
    {
        Assert.True(BoilerplatePatterns.Defaults.Count > 20);
        Assert.Empty(BoilerplatePatterns.Compile(ExtractionOptions.Default).InvalidPatterns);
        Assert.DoesNotContain(BoilerplatePatterns.Defaults, p => p.StartsWith('#'));
    }

    [Fact]
    public void A_catastrophic_consumer_pattern_times_out_as_no_match()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\n{new string('a', 5000)}!\n", "(a+)+b");

        Assert.Empty(structure.Boilerplate);
        Assert.Equal(2, structure.Paragraphs.Count);
    }
}
