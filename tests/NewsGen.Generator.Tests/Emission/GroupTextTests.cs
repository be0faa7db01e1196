using NewsGen.Generator.Emission;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>A group's text blocks fill literals up to the size limit; a block never spans two literals.</summary>
public class GroupTextTests
{
    [Fact]
    public void Blocks_share_a_literal_until_the_next_would_pass_the_limit()
    {
        var text = new GroupText();
        var half = new string('a', GroupText.MaxLiteralBytes / 2);

        Assert.Equal("T.Utf8_0.Slice(0, 8192)", text.Add(half, "T.Utf8_"));
        Assert.Equal("T.Utf8_0.Slice(8192, 8192)", text.Add(half, "T.Utf8_"));
        Assert.Equal("T.Utf8_1.Slice(0, 1)", text.Add("b", "T.Utf8_"));
        Assert.Equal(2, text.Literals().Count);
    }

    [Fact]
    public void A_block_larger_than_the_limit_gets_a_literal_of_its_own()
    {
        var text = new GroupText();

        Assert.Equal("T.Utf8_0.Slice(0, 1)", text.Add("a", "T.Utf8_"));
        Assert.Equal("T.Utf8_1.Slice(0, 20000)", text.Add(new string('b', 20_000), "T.Utf8_"));
        Assert.Equal("T.Utf8_2.Slice(0, 1)", text.Add("c", "T.Utf8_"));
    }

    [Fact]
    public void Offsets_and_lengths_count_UTF8_bytes_and_literals_are_padded()
    {
        var text = new GroupText();

        Assert.Equal("T.Utf8_0.Slice(0, 5)", text.Add("\u00E9t\u00E9", "T.Utf8_"));
        Assert.Equal("T.Utf8_0.Slice(5, 4)", text.Add("\U0001F600", "T.Utf8_"));
        Assert.Equal("\"\u00E9t\u00E9\\U0001F600" + new string(' ', 64 - 9) + "\"u8", Assert.Single(text.Literals()));
    }
}
