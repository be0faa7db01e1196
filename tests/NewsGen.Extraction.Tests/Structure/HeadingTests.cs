using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Tests.Structure;

public class HeadingTests
{
    private const string Prose = "The committee met for three hours and agreed on a new timetable.";

    [Fact]
    public void Headline_like_line_between_prose_starts_a_section()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\nMinisters disagree over the timetable\n\n{Prose}\n");

        Assert.Equal(["Ministers disagree over the timetable"], structure.Headings());
        Assert.Null(structure.Sections[0].Heading);
        Assert.Equal(-1, structure.Sections[0].HeadingStart);
        Assert.Equal(structure.Document.Text.IndexOf("Ministers", System.StringComparison.Ordinal), structure.Sections[1].HeadingStart);
        Assert.Single(structure.Sections[1].Paragraphs);
    }

    [Fact]
    public void A_heading_directly_followed_by_another_is_an_empty_section()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\nReactions abroad\n\nEurope welcomes the plan\n\n{Prose}\n");

        Assert.Equal(["Reactions abroad", "Europe welcomes the plan"], structure.Headings());
        Assert.Empty(structure.Sections[1].Paragraphs);
        Assert.Single(structure.Sections[2].Paragraphs);
    }

    [Theory]
    [InlineData("The minister resigned on Friday.")]
    [InlineData("What happens next?")]
    [InlineData("He said:")]
    [InlineData("By Jane Smith")]
    [InlineData("WASHINGTON")]
    [InlineData("Advertisement and sponsorship,")]
    [InlineData("Tuesday, 1 March")]
    [InlineData("“We will not give up”")]
    [InlineData("a lower-case start for a line")]
    [InlineData("This line is far too long to be a heading because it runs on for many more words than any headline")]
    public void Lines_that_are_not_headings(string line)
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\n{line}\n\n{Prose}\n");

        Assert.Empty(structure.Headings());
        Assert.Equal(3, structure.Paragraphs.Count);
    }

    [Fact]
    public void A_heading_needs_prose_before_it_so_a_standfirst_stays_a_paragraph()
    {
        var structure = Articles.Read($"Title\n\nGardeners finally have a way to beat the slugs\n\n{Prose}\n\n{Prose}\n");

        Assert.Empty(structure.Headings());
    }

    [Fact]
    public void A_heading_needs_prose_after_it_so_a_sign_off_stays_a_paragraph()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\n{Prose}\n\nThe record is on sale now in every shop\n");

        Assert.Empty(structure.Headings());
        Assert.Equal("The record is on sale now in every shop", structure.Paragraphs[2].Text);
    }

    [Fact]
    public void Runs_of_short_lines_are_lists_not_headings()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\nArsenal v Stoke\n\nDerby v Wigan\n\nHull v Colchester\n\n{Prose}\n");

        Assert.Empty(structure.Headings());
    }

    [Fact]
    public void A_line_that_the_next_block_continues_is_not_a_heading()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\nThe government had claimed tobacco firms\n\n- manipulated nicotine levels\n\n{Prose}\n");

        Assert.Empty(structure.Headings());
    }

    [Fact]
    public void A_line_announced_by_a_colon_is_not_a_heading()
    {
        var structure = Articles.Read($"Title\n\n{Prose}\n\nPlaying colours:\n\nAll black\n\n{Prose}\n");

        Assert.Empty(structure.Headings());
    }

    [Fact]
    public void A_repeated_title_is_not_a_heading()
    {
        var structure = Articles.Read($"Storm hits the coast\n\n{Prose}\n\nStorm hits the coast\n\n{Prose}\n");

        Assert.Empty(structure.Headings());
    }

    [Fact]
    public void Wrapped_lines_inside_a_paragraph_are_never_headings()
    {
        var block = new TextBlock("Ministers disagree over the timetable", 0, IsSingleLine: false);

        Assert.False(HeadingRule.LooksLikeHeading(block, "Title"));
        Assert.True(HeadingRule.LooksLikeHeading(block with { IsSingleLine = true }, "Title"));
    }

    [Theory]
    [InlineData("By Lena Moreau and Tomas Berg", false)]
    [InlineData("Thursday in the harbour district", false)]
    [InlineData("Sept. 4 in the harbour district", false)]
    [InlineData("September 4 in the harbour district", false)]
    [InlineData("May 12 in the harbour district", false)]
    [InlineData("Mayors meet in the harbour district", true)]
    [InlineData("Thursdays in the harbour district", true)]
    public void Bylines_and_lines_opening_with_a_weekday_or_a_month_and_a_day_are_not_headings(string line, bool heading) =>
        Assert.Equal(heading, HeadingRule.LooksLikeHeading(new TextBlock(line, 0, IsSingleLine: true), "Title"));
}
