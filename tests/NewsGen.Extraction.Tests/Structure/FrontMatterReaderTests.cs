using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Structure;

public class FrontMatterReaderTests
{
    private static FrontMatter Read(string text) => FrontMatterReader.Read(SourceDocument.Create("a.txt", text));

    private static (int Line, int Column) Start(SourceSpan span) => (span.StartLine, span.StartColumn);

    private static (int Line, int Column) End(SourceSpan span) => (span.EndLine, span.EndColumn);

    private static YamlNode ValueOf(FrontMatter frontMatter, string key) => frontMatter.Entries.Single(e => e.Key == key).Value;

    [Fact]
    public void Known_keys_with_value_positions_and_body_start()
    {
        const string text = "---\nid: GenevaTalks\npublished: 2019-05-03\nsource:  Example Wire \nauthor: Jane Roe\n---\nTitle\n";

        var frontMatter = Read(text);

        Assert.Equal("GenevaTalks", frontMatter["id"]!.Value);
        Assert.Equal("2019-05-03", frontMatter["published"]!.Value);
        Assert.Equal("Example Wire", frontMatter["source"]!.Value);
        Assert.Equal("Jane Roe", frontMatter["author"]!.Value);
        Assert.Equal(text.IndexOf("Example", System.StringComparison.Ordinal), frontMatter["source"]!.Span.Start);
        Assert.Equal(((3, 9)), Start(frontMatter["source"]!.Span));
        Assert.Equal(((3, 21)), End(frontMatter["source"]!.Span));
        var source = frontMatter.Entries.Single(e => e.Key == "source");
        Assert.Equal((3, 0), Start(source.KeySpan));
        Assert.Equal((3, 6), End(source.KeySpan));
        Assert.Equal(text.IndexOf("Title", System.StringComparison.Ordinal), frontMatter.BodyStart);
        Assert.Null(frontMatter.Error);
    }

    [Fact]
    public void Unknown_keys_are_kept_in_order_with_their_positions()
    {
        const string text = "---\nid: X\ncategory: world\nsection: europe\n---\nTitle";

        var frontMatter = Read(text);

        Assert.Equal(["category", "section"], frontMatter.UnknownKeys.Select(e => e.Key));
        var category = frontMatter.UnknownKeys.First();
        Assert.Equal("world", Assert.IsType<YamlScalar>(category.Value).Value);
        Assert.Equal((2, 0), Start(category.KeySpan));
        Assert.Equal((2, 10), Start(category.Value.Span));
    }

    [Fact]
    public void Keys_are_case_insensitive_quotes_are_removed_and_comments_skipped()
    {
        const string text = "---\n# a comment\n\nID: \"Quoted: Id\"  # trailing comment\nauthor: 'Ann O''Hara'\n---\nTitle";

        var frontMatter = Read(text);

        var id = frontMatter["id"]!;
        Assert.Equal("Quoted: Id", id.Value);
        Assert.Equal(YamlScalarStyle.Quoted, id.Style);
        Assert.Equal((3, 4), Start(id.Span));
        Assert.Equal((3, 16), End(id.Span));
        Assert.Equal("Ann O'Hara", frontMatter["author"]!.Value);
        Assert.Empty(frontMatter.UnknownKeys);
    }

    [Fact]
    public void Flow_and_block_lists_keep_each_item_with_its_position()
    {
        const string text = "---\ntags: [harbour, \"city council\"]\nregions:\n  - north\n  - south coast\n---\nTitle";

        var frontMatter = Read(text);

        var tags = Assert.IsType<YamlSequence>(ValueOf(frontMatter, "tags"));
        Assert.Equal(["harbour", "city council"], tags.Items.Cast<YamlScalar>().Select(s => s.Value));
        Assert.Equal((1, 6), Start(tags.Span));
        Assert.Equal((1, 31), End(tags.Span));
        Assert.Equal((1, 16), Start(tags.Items[1].Span));
        var regions = Assert.IsType<YamlSequence>(ValueOf(frontMatter, "regions"));
        Assert.Equal(["north", "south coast"], regions.Items.Cast<YamlScalar>().Select(s => s.Value));
        Assert.Equal((4, 4), Start(regions.Items[1].Span));
        Assert.Equal((4, 15), End(regions.Items[1].Span));
    }

    [Fact]
    public void Multi_line_values_are_folded_or_kept_as_written()
    {
        const string text = "---\nsummary: >\n  The council met\n  on the harbour.\nnote: |\n  line one\n  line two\nplain: a value\n  that wraps\n---\nTitle";

        var frontMatter = Read(text);

        var summary = Assert.IsType<YamlScalar>(ValueOf(frontMatter, "summary"));
        Assert.Equal("The council met on the harbour.\n", summary.Value);
        Assert.Equal(YamlScalarStyle.Block, summary.Style);
        Assert.Equal((1, 9), Start(summary.Span));
        Assert.Equal("line one\nline two\n", Assert.IsType<YamlScalar>(ValueOf(frontMatter, "note")).Value);
        var plain = Assert.IsType<YamlScalar>(ValueOf(frontMatter, "plain"));
        Assert.Equal("a value that wraps", plain.Value);
        Assert.Equal(YamlScalarStyle.Plain, plain.Style);
        Assert.Equal((7, 7), Start(plain.Span));
        Assert.Equal((8, 12), End(plain.Span));
    }

    [Fact]
    public void Nested_mappings_are_kept_as_mappings()
    {
        var frontMatter = Read("---\nseo:\n  title: Harbour\n  index: false\n---\nTitle");

        var seo = Assert.IsType<YamlMapping>(ValueOf(frontMatter, "seo"));
        Assert.Equal(["title", "index"], seo.Entries.Select(e => e.Key));
        Assert.Equal((3, 2), Start(seo.Entries[1].KeySpan));
    }

    [Fact]
    public void An_empty_value_is_an_empty_plain_scalar()
    {
        var author = Read("---\nauthor:\nid: X\n---\nTitle")["author"]!;

        Assert.Equal(string.Empty, author.Value);
        Assert.Equal(YamlScalarStyle.Plain, author.Style);
        Assert.Equal(0, author.Span.Length);
    }

    [Fact]
    public void A_repeated_key_keeps_both_entries_and_the_last_value_wins()
    {
        var frontMatter = Read("---\nid: First\nid: Second\n---\nTitle");

        Assert.Equal(2, frontMatter.Entries.Count);
        Assert.Equal("Second", frontMatter["id"]!.Value);
    }

    [Fact]
    public void Invalid_yaml_is_a_located_error_that_keeps_the_entries_before_it_and_the_body()
    {
        const string text = "---\nid: X\nsource: [unclosed\nauthor: Ann\n---\nTitle";

        var frontMatter = Read(text);

        var error = Assert.IsType<YamlError>(frontMatter.Error);
        Assert.Equal((2, 8), Start(error.Span));
        Assert.Equal("the YAML ends before this is closed (a bracket or a quote?)", error.Message);
        Assert.Equal("X", frontMatter["id"]!.Value);
        Assert.Equal(text.IndexOf("Title", System.StringComparison.Ordinal), frontMatter.BodyStart);
    }

    [Fact]
    public void A_value_with_a_second_colon_is_invalid_yaml_at_the_colon()
    {
        var error = Read("---\nsource: Wire: London\n---\nTitle").Error!;

        Assert.Equal((1, 12), Start(error.Span));
        Assert.DoesNotContain("Line:", error.Message);
    }

    [Theory]
    [InlineData("---\njust a sentence\n---\nTitle", "expected 'key: value' lines", 1, 0)]
    [InlineData("---\nid: X\n- a\n---\nTitle", "While parsing a block mapping, did not find expected key.", 2, 0)]
    [InlineData("---\n[a, b]: c\n---\nTitle", "a key must be a single word or text, not a list or mapping", 1, 0)]
    [InlineData("---\nfirst: &name one\nsecond: *name\n---\nTitle", "aliases (*name) are not supported", 2, 8)]
    public void Front_matter_that_is_not_a_mapping_of_plain_values_is_a_located_error(string text, string message, int line, int column)
    {
        var error = Read(text).Error!;

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), Start(error.Span));
    }

    [Fact]
    public void Nesting_is_bounded_in_linear_time()
    {
        var text = "---\nkey: " + new string('[', 50_000) + new string(']', 50_000) + "\n---\nTitle";

        var error = Read(text).Error!;

        Assert.Equal("nested more than 32 levels deep", error.Message);
        Assert.Equal((1, 5 + 32), Start(error.Span));
    }

    [Fact]
    public void A_block_of_only_comments_has_no_entries_and_no_error()
    {
        var frontMatter = Read("---\n# nothing yet\n---\nTitle");

        Assert.Empty(frontMatter.Entries);
        Assert.Null(frontMatter.Error);
        Assert.Equal(22, frontMatter.BodyStart);
    }

    [Fact]
    public void Positions_count_characters_outside_the_basic_plane_as_the_document_does()
    {
        const string text = "---\nsource: \U0001F4F0 Wire\nauthor: Ann\n---\nTitle";

        var frontMatter = Read(text);

        Assert.Equal(text.IndexOf("Ann", System.StringComparison.Ordinal), frontMatter["author"]!.Span.Start);
        Assert.Equal("\U0001F4F0 Wire", frontMatter["source"]!.Value);
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
        Assert.Equal((1, 4), Start(frontMatter["id"]!.Span));
        Assert.Equal("---  \nid: X\n---\n".Length, frontMatter.BodyStart);
    }

    [Fact]
    public void Empty_block_and_block_at_end_of_file()
    {
        Assert.Equal(8, Read("---\n---\nTitle").BodyStart);
        Assert.Equal(13, Read("---\nid: X\n---").BodyStart);
    }

    [Fact]
    public void Any_text_between_the_fences_gives_entries_or_a_located_error_never_an_exception()
    {
        const string alphabet = "ab :-[]{}\"'#&*!|>?,%@`\t\n\\x";
        var random = new System.Random(11);
        for (var i = 0; i < 3000; i++)
        {
            var body = new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var text = "---\n" + body + "\n---\nTitle";

            var frontMatter = Read(text);

            Assert.Equal(text.Length - "Title".Length, frontMatter.BodyStart);
            Assert.True(frontMatter.Error is null || frontMatter.Error.Span.Start + frontMatter.Error.Span.Length <= text.Length);
        }
    }
}
