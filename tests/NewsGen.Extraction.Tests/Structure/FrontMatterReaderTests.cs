using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Structure;

public class FrontMatterReaderTests
{
    private static FrontMatter Read(string text) => FrontMatterReader.Read(SourceDocument.Create("a.txt", text));

    [Fact]
    public void Known_keys_with_value_offsets_and_body_start()
    {
        const string text = "---\nid: GenevaTalks\npublished: 2019-05-03\nsource:  Example Wire \nauthor: Jane Roe\n---\nTitle\n";

        var frontMatter = Read(text);

        Assert.Equal("GenevaTalks", frontMatter["id"]!.Value);
        Assert.Equal("2019-05-03", frontMatter["published"]!.Value);
        Assert.Equal("Example Wire", frontMatter["source"]!.Value);
        Assert.Equal("Jane Roe", frontMatter["author"]!.Value);
        Assert.Equal(text.IndexOf("Example", System.StringComparison.Ordinal), frontMatter["source"]!.ValueStart);
        Assert.Equal(text.IndexOf("source", System.StringComparison.Ordinal), frontMatter["source"]!.KeyStart);
        Assert.Equal(text.IndexOf("Title", System.StringComparison.Ordinal), frontMatter.BodyStart);
    }

    [Fact]
    public void Unknown_keys_are_collected_with_offsets()
    {
        const string text = "---\nid: X\ncategory: world\n---\nTitle";

        var frontMatter = Read(text);

        var unknown = Assert.Single(frontMatter.UnknownKeys);
        Assert.Equal("category", unknown.Key);
        Assert.Equal("world", unknown.Value);
        Assert.Equal(text.IndexOf("category", System.StringComparison.Ordinal), unknown.KeyStart);
        Assert.Null(frontMatter["category"]);
    }

    [Fact]
    public void Keys_are_case_insensitive_quotes_are_removed_comments_and_blank_lines_skipped()
    {
        const string text = "---\n# a comment\n\nID: \"Quoted Id\"\n---\nTitle";

        var frontMatter = Read(text);

        Assert.Equal("Quoted Id", frontMatter["id"]!.Value);
        Assert.Equal(text.IndexOf("Quoted", System.StringComparison.Ordinal), frontMatter["id"]!.ValueStart);
        Assert.Empty(frontMatter.UnknownKeys);
    }

    [Fact]
    public void Unclosed_block_is_not_front_matter()
    {
        var frontMatter = Read("---\nid: X\nTitle of the article\n\nBody.");

        Assert.Same(FrontMatter.None, frontMatter);
        Assert.Equal(0, frontMatter.BodyStart);
    }

    [Theory]
    [InlineData("Title\n---\nid: X\n---\n")]
    [InlineData(" ---\nid: X\n---\n")]
    [InlineData("----\nid: X\n----\n")]
    public void Fence_must_open_the_file_exactly(string text) => Assert.Same(FrontMatter.None, Read(text));

    [Fact]
    public void Crlf_bom_and_trailing_spaces_on_fences_are_accepted()
    {
        var frontMatter = Read("\uFEFF---  \r\nid: X\r\n---\r\nTitle");

        Assert.Equal("X", frontMatter["id"]!.Value);
        Assert.Equal("---  \nid: X\n---\n".Length, frontMatter.BodyStart);
    }

    [Fact]
    public void Empty_block_and_block_at_end_of_file()
    {
        Assert.Equal(8, Read("---\n---\nTitle").BodyStart);
        Assert.Equal(13, Read("---\nid: X\n---").BodyStart);
    }

    [Fact]
    public void Lines_without_a_key_are_ignored()
    {
        var frontMatter = Read("---\njust text\n: no key\nid: X\n---\nTitle");

        Assert.Single(frontMatter.Entries);
        Assert.Empty(frontMatter.UnknownKeys);
    }
}
