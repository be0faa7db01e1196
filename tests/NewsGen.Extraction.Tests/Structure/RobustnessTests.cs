using System.Linq;

namespace NewsGen.Extraction.Tests.Structure;

public class RobustnessTests
{
    [Fact]
    public void An_overlong_early_block_is_not_scanned_for_a_caption()
    {
        var structure = Articles.Read("Title\n\nPhoto: a" + new string(' ', 200_000) + "b [x]\n\nBody.");

        Assert.Null(structure.Photo);
        Assert.Equal(2, structure.Paragraphs.Count);
    }

    [Fact]
    public void One_huge_line_is_one_paragraph()
    {
        var line = string.Concat(Enumerable.Repeat("Word after word. ", 50_000));

        var structure = Articles.Read("Title\n\n" + line);

        Assert.Single(structure.Paragraphs);
        Assert.Empty(structure.Boilerplate);
    }

    [Fact]
    public void Replacement_characters_and_control_characters_do_not_break_reading()
    {
        var structure = Articles.Read("Ti\uFFFDtle\n\n\u0001 caf\uFFFD text.\n\n\t\n\nEnd.");

        Assert.Equal("Ti\uFFFDtle", structure.Title);
        Assert.Equal(["\u0001 caf\uFFFD text.", "End."], structure.ParagraphTexts());
    }

    [Fact]
    public void Blank_only_body_and_blank_file()
    {
        Assert.Empty(Articles.Read("Title\n\n \n\t\n").Sections);
        Assert.Equal(string.Empty, Articles.Read(" \n ").Title);
    }
}
