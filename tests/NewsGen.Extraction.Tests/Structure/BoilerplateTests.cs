using System.Linq;
using System.Text.RegularExpressions;
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

    [Theory]
    [InlineData(@".{0,80}\bmembers only\b.{0,40}", "members only")]
    [InlineData(@".{0,80}members?\b", "member")]
    [InlineData(@".{0,80}\bdraft{1,2} copy", "draf")]
    [InlineData(@".{0,80}\b(?:draft|final) copy", null)]
    [InlineData(@".{0,80}\bdraft copy|final copy", null)]
    [InlineData(@"subscribe now.{0,80}", null)]
    [InlineData(@".{0,80}\b\d+ copies", null)]
    public void A_floating_pattern_cue_is_the_literal_run_every_match_needs(string pattern, string? cue)
    {
        Assert.Equal(cue, BoilerplatePatterns.FloatingCue(pattern));
    }

    [Theory]
    [InlineData("© 2018 News Agency. All rights reserved.")]
    [InlineData("Example Media Group, ALL RIGHTS RESERVED")]
    [InlineData("all rights reserved")]
    [InlineData("Text and photographs (c) the authors; all rights reserved worldwide")]
    public void Every_match_of_a_cued_default_pattern_holds_its_cue(string block)
    {
        var cued = BoilerplatePatterns.Defaults.Where(p => BoilerplatePatterns.FloatingCue(p) is not null).ToList();
        Assert.NotEmpty(cued);
        foreach (var pattern in cued)
        {
            var cue = BoilerplatePatterns.FloatingCue(pattern)!;
            if (Regex.IsMatch(block, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))
            {
                Assert.Contains(cue, block, System.StringComparison.OrdinalIgnoreCase);
            }
        }

        var structure = Articles.Read($"Title\n\n{Prose}\n\n{block}\n\n{Prose}\n");
        Assert.Equal([block], structure.Boilerplate);
    }

    [Fact]
    public void Every_default_pattern_that_may_begin_anywhere_has_a_cue()
    {
        Assert.All(
            BoilerplatePatterns.Defaults.Where(p => p.StartsWith(".{0,", System.StringComparison.Ordinal)),
            pattern => Assert.NotNull(BoilerplatePatterns.FloatingCue(pattern)));
    }

    [Fact]
    public void A_consumer_pattern_that_may_begin_anywhere_is_tried_on_every_block()
    {
        var structure = Articles.Read(
            $"Title\n\n{Prose}\n\nOffer of the week: quote SPRING when you order\n\n{Prose}\n", @".{0,60}\bquote spring\b.{0,40}");

        Assert.Equal(["Offer of the week: quote SPRING when you order"], structure.Boilerplate);
    }
}
