using NewsGen.Generator.Emission;

namespace NewsGen.Generator.Tests.Emission;

public class XmlDocTests
{
    [Theory]
    [InlineData("Tom & Jerry <b>", "Tom &amp; Jerry &lt;b&gt;")]
    [InlineData("two\nlines\r\nhere", "two lines here")]
    [InlineData("line\u2028sep and next\u0085line", "line sep and next line")]
    [InlineData("bell\u0007 and \u202Eevil\u202C", "bell and evil")]
    [InlineData("  padded   out  ", "padded out")]
    [InlineData("emoji \U0001F600 kept", "emoji \U0001F600 kept")]
    public void Text_is_escaped_and_on_one_line(string text, string expected)
    {
        Assert.Equal(expected, XmlDoc.Text(text));
    }

    [Fact]
    public void Lone_surrogates_become_replacement_characters()
    {
        Assert.Equal("lone \uFFFD surrogate", XmlDoc.Text("lone \uD800 surrogate"));
    }

    [Fact]
    public void Long_text_is_cut_with_an_ellipsis()
    {
        var doc = XmlDoc.Text(new string('a', 1000));

        Assert.True(doc.Length <= 301);
        Assert.EndsWith("\u2026", doc);
    }
}
