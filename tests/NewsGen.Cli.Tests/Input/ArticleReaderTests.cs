using System.Text;
using NewsGen.Cli.Input;

namespace NewsGen.Cli.Tests.Input;

public class ArticleReaderTests
{
    [Fact]
    public void Valid_utf8_is_decoded_and_a_byte_order_mark_dropped()
    {
        var source = ArticleReader.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Caf\u00e9 \u201cnews\u201d")]);

        Assert.True(source.IsValidUtf8);
        Assert.Equal("Caf\u00e9 \u201cnews\u201d", source.Text);
        Assert.Equal("a.txt", source.Path);
    }

    [Fact]
    public void Invalid_utf8_is_marked_and_still_readable_as_latin1()
    {
        var source = ArticleReader.Decode("a.txt", [0x43, 0x61, 0x66, 0xE9]);

        Assert.False(source.IsValidUtf8);
        Assert.Equal("Caf\u00e9", source.Text);
    }

    [Fact]
    public void A_truncated_multibyte_sequence_is_invalid()
    {
        Assert.False(ArticleReader.Decode("a.txt", [0x41, 0xE2, 0x80]).IsValidUtf8);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_valid_unicode_text()
    {
        var source = ArticleReader.Decode("a.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("Title")]);

        Assert.True(source.IsValidUtf8);
        Assert.Equal("Title", source.Text);
    }
}
