using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class SourceDocumentTests
{
    [Fact]
    public void Crlf_and_lone_cr_become_one_line_break()
    {
        var document = SourceDocument.Create("a.txt", "one\r\ntwo\rthree\n\nfour");

        Assert.Equal("one\ntwo\nthree\n\nfour", document.Text);
        Assert.Equal((2, 0), document.PositionOf(8));
        Assert.Equal((4, 1), document.PositionOf(document.Text.Length - 3));
    }

    [Fact]
    public void Text_that_needs_no_change_is_kept_as_given_with_its_lines()
    {
        var text = "first line\nsecond \u00E9t\u00E9\n\nlast";

        var document = SourceDocument.Create("a.txt", text);

        Assert.Same(text, document.Text);
        Assert.Equal((1, 3), document.PositionOf(14));
        Assert.Equal((3, 0), document.PositionOf(text.Length - 4));
    }

    [Fact]
    public void Leading_bom_is_dropped_and_other_bom_characters_kept()
    {
        var document = SourceDocument.Create("a.txt", "\uFEFFTitle\uFEFF");

        Assert.Equal("Title\uFEFF", document.Text);
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters_and_pairs_survive()
    {
        var document = SourceDocument.Create("a.txt", "a\uD800b\uDC00c\uD83D\uDE00d\uD83D");

        Assert.Equal("a\uFFFDb\uFFFDc\uD83D\uDE00d\uFFFD", document.Text);
    }

    [Fact]
    public void Position_of_is_zero_based_and_clamped()
    {
        var document = SourceDocument.Create("a.txt", "ab\ncd");

        Assert.Equal((0, 0), document.PositionOf(-5));
        Assert.Equal((0, 2), document.PositionOf(2));
        Assert.Equal((1, 0), document.PositionOf(3));
        Assert.Equal((1, 2), document.PositionOf(99));
    }

    [Fact]
    public void Span_across_lines()
    {
        var document = SourceDocument.Create("a.txt", "first\r\nsecond line\r\nthird");

        var span = document.Span(2, 10);

        Assert.Equal(new SourceSpan(2, 10, 0, 2, 1, 6), span);
    }

    [Fact]
    public void Empty_text()
    {
        var document = SourceDocument.Create("a.txt", string.Empty);

        Assert.Equal(string.Empty, document.Text);
        Assert.Equal(new SourceSpan(0, 0, 0, 0, 0, 0), document.Span(0, 0));
        Assert.Equal("a.txt", document.Path);
    }
}
