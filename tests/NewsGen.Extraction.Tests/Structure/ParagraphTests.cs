using System.Linq;
namespace NewsGen.Extraction.Tests.Structure;

public class ParagraphTests
{
    [Fact]
    public void Title_is_the_first_non_empty_line_trimmed()
    {
        var structure = Articles.Read("\n  \n  Markets rally again  \n\nShares rose on Monday.\n");

        Assert.Equal("Markets rally again", structure.Title);
        Assert.Equal(6, structure.TitleStart);
        Assert.Equal(["Shares rose on Monday."], structure.ParagraphTexts());
    }

    [Fact]
    public void Blank_lines_separate_paragraphs_and_wrapped_lines_join_with_a_space_in_place()
    {
        const string text = "Title\n\nThe minister said the budget would\nbe cut next year, and that taxes\nwould rise.\n\nOpposition leaders\ncriticised the plan on\nTuesday.\n";

        var structure = Articles.Read(text);

        Assert.Equal(
            ["The minister said the budget would be cut next year, and that taxes would rise.", "Opposition leaders criticised the plan on Tuesday."],
            structure.ParagraphTexts());
        Articles.AssertOffsets(structure);
    }

    [Fact]
    public void Joining_keeps_extra_spaces_so_offsets_stay_exact()
    {
        var structure = Articles.Read("Title\n\nThe talks went on  \nall night in\nthe capital.\n\nNo deal was reached.");

        Assert.Equal("The talks went on   all night in the capital.", structure.Paragraphs[0].Text);
        Articles.AssertOffsets(structure);
    }

    [Fact]
    public void File_without_blank_lines_has_one_paragraph_per_line()
    {
        var structure = Articles.Read("Title\nFirst paragraph here.\nSecond paragraph here.\nThird one.");

        Assert.Equal("Title", structure.Title);
        Assert.Equal(["First paragraph here.", "Second paragraph here.", "Third one."], structure.ParagraphTexts());
    }

    [Fact]
    public void Lines_that_each_end_a_sentence_are_separate_paragraphs_even_between_blank_lines()
    {
        const string text = "Title\n\nThe mayor spoke first.\n“We will rebuild,” she said.\nCrowds cheered.\n\nLater, the council met.\n";

        var structure = Articles.Read(text);

        Assert.Equal(["The mayor spoke first.", "“We will rebuild,” she said.", "Crowds cheered.", "Later, the council met."], structure.ParagraphTexts());
    }

    [Fact]
    public void Crlf_files_give_the_same_paragraphs_as_lf_files()
    {
        var lf = Articles.Read("Title\n\nOne sentence\ncontinues here.\n\nTwo.\n");
        var crlf = Articles.Read("Title\r\n\r\nOne sentence\r\ncontinues here.\r\n\r\nTwo.\r\n");

        Assert.Equal(lf.ParagraphTexts(), crlf.ParagraphTexts());
        Assert.Equal(lf.Paragraphs, crlf.Paragraphs);
        Articles.AssertOffsets(crlf);
    }

    [Fact]
    public void Lines_of_non_breaking_spaces_count_as_blank()
    {
        var structure = Articles.Read("Title\n\nFirst.\n\u00A0\nSecond.");

        Assert.Equal(["First.", "Second."], structure.ParagraphTexts());
    }

    [Fact]
    public void Paragraph_indexes_count_across_sections()
    {
        const string text = "Title\n\nIntro sentence here.\n\nMarkets react to the decision\n\nShares fell sharply.\n\nBonds rose.\n";

        var structure = Articles.Read(text);

        Assert.Equal([0, 1, 2], structure.Paragraphs.Select(p => p.Index));
        Assert.Equal(2, structure.Sections[1].Paragraphs[1].Index);
    }

    [Fact]
    public void Text_after_front_matter_starts_the_article()
    {
        var structure = Articles.Read("---\nid: Budget\n---\nBudget day\n\nThe chancellor spoke.");

        Assert.Equal("Budget day", structure.Title);
        Assert.Equal(["The chancellor spoke."], structure.ParagraphTexts());
    }

    [Fact]
    public void Title_only_file_has_no_sections()
    {
        var structure = Articles.Read("Just a title");

        Assert.Equal("Just a title", structure.Title);
        Assert.Empty(structure.Sections);
        Assert.Empty(structure.Paragraphs);
    }
}
