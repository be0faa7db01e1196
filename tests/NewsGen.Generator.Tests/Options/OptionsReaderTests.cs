using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Options;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Options;

public class OptionsReaderTests
{
    [Fact]
    public void Nothing_set_gives_the_defaults()
    {
        Assert.Equal(GeneratorOptions.Default, Global([]));
    }

    [Theory]
    [InlineData("My.News", "My.App", "My.News")]
    [InlineData(null, "My.App", "My.App")]
    [InlineData("  ", "My.App", "My.App")]
    [InlineData("not a namespace", "My.App", "My.App")]
    [InlineData("My.class", null, GeneratorOptions.DefaultNamespace)]
    [InlineData(null, null, GeneratorOptions.DefaultNamespace)]
    public void Namespace_falls_back_from_NewsGenNamespace_to_RootNamespace_to_the_default(string? newsGen, string? root, string expected)
    {
        var options = new Dictionary<string, string>();
        if (newsGen is not null)
        {
            options[OptionNames.Namespace] = newsGen;
        }

        if (root is not null)
        {
            options[OptionNames.RootNamespace] = root;
        }

        Assert.Equal(expected, Global(options).Namespace);
    }

    [Theory]
    [InlineData("internal", "internal")]
    [InlineData("Internal", "internal")]
    [InlineData("public", "public")]
    [InlineData("Public", "public")]
    [InlineData("private", "internal")]
    public void Accessibility_is_internal_unless_public(string value, string expected)
    {
        Assert.Equal(expected, Global(new() { [OptionNames.Accessibility] = value }).Accessibility);
    }

    [Fact]
    public void Boilerplate_patterns_split_on_semicolons_and_line_breaks()
    {
        var options = Global(new() { [OptionNames.BoilerplatePatterns] = "^Subscribe.*$; ^Follow us\n\r\n^Share this\r\n ;" });

        Assert.Equal(["^Subscribe.*$", "^Follow us", "^Share this"], options.Extraction.BoilerplatePatterns);
    }

    [Theory]
    [InlineData("2048", 2048)]
    [InlineData("0", ExtractionOptions.DefaultMaxFileSize)]
    [InlineData("-5", ExtractionOptions.DefaultMaxFileSize)]
    [InlineData("lots", ExtractionOptions.DefaultMaxFileSize)]
    public void Max_file_size_must_be_a_positive_number(string value, int expected)
    {
        Assert.Equal(expected, Global(new() { [OptionNames.MaxFileSize] = value }).Extraction.MaxFileSize);
    }

    [Fact]
    public void Equal_settings_give_equal_options()
    {
        var settings = new Dictionary<string, string> { [OptionNames.BoilerplatePatterns] = "a;b", [OptionNames.Namespace] = "X" };

        Assert.Equal(Global(settings), Global(new Dictionary<string, string>(settings)));
    }

    [Fact]
    public void Article_metadata_is_read_with_the_text()
    {
        var article = new TestArticle("/p/a.txt", "Title\n\nBody.\n", Name: "Custom", Published: "2024-05-06");
        var provider = TestOptionsProvider.For([article]);
        var text = new InMemoryAdditionalText(article.Path, article.Text);

        var source = OptionsReader.ReadArticle(text, provider.GetOptions(text), default);

        Assert.Equal(new ArticleSource("/p/a.txt", "Title\n\nBody.\n", "Custom", "2024-05-06", IsValidUtf8: true), source);
        Assert.True(OptionsReader.IsArticle(provider.GetOptions(text)));
    }

    [Fact]
    public void Only_NewsGenArticle_true_marks_an_article()
    {
        var provider = TestOptionsProvider.For([new TestArticle("/p/a.txt", "x", IsArticle: false)]);

        Assert.False(OptionsReader.IsArticle(provider.GetOptions(new InMemoryAdditionalText("/p/a.txt", "x"))));
        Assert.False(OptionsReader.IsArticle(provider.GetOptions(new InMemoryAdditionalText("/p/unlisted.txt", "x"))));
    }

    [Fact]
    public void A_corrections_file_is_never_an_article_even_when_a_wildcard_marks_it_as_one()
    {
        var text = new InMemoryAdditionalText("/p/newsgen.yml", "corrections:\n");
        var provider = TestOptionsProvider.For([new TestArticle(text.Path, "corrections:\n", IsArticle: true, IsCorrections: true)]);

        Assert.True(OptionsReader.IsCorrections(provider.GetOptions(text)));
        Assert.False(OptionsReader.IsArticle(provider.GetOptions(text)));
    }

    [Fact]
    public void Text_decoded_with_a_fallback_code_page_is_not_valid_UTF8()
    {
        var latin1 = SourceText.From(new System.IO.MemoryStream([0x43, 0x61, 0x66, 0xE9]), Encoding.Latin1);
        var provider = TestOptionsProvider.For([]);

        var source = OptionsReader.ReadArticle(new InMemoryAdditionalText("/p/a.txt", latin1), provider.GlobalOptions, default);

        Assert.False(source.IsValidUtf8);
        Assert.Equal("Caf\u00E9", source.Text);
    }

    [Fact]
    public void Text_decoded_as_UTF8_with_replacement_characters_is_not_valid_UTF8()
    {
        var replaced = SourceText.From(new System.IO.MemoryStream([0x43, 0x61, 0x66, 0xE9, 0x21]), Encoding.UTF8);
        var provider = TestOptionsProvider.For([]);

        var source = OptionsReader.ReadArticle(new InMemoryAdditionalText("/p/a.txt", replaced), provider.GlobalOptions, default);

        Assert.Contains('\uFFFD', source.Text);
        Assert.False(source.IsValidUtf8);
    }

    [Fact]
    public void Text_decoded_as_UTF8_is_valid()
    {
        var provider = TestOptionsProvider.For([]);

        var source = OptionsReader.ReadArticle(new InMemoryAdditionalText("/p/a.txt", SourceText.From("Caf\u00E9", Encoding.UTF8)), provider.GlobalOptions, default);

        Assert.True(source.IsValidUtf8);
    }

    private static GeneratorOptions Global(Dictionary<string, string> options) =>
        OptionsReader.ReadGlobal(new TestOptionsProvider(options, new Dictionary<string, IReadOnlyDictionary<string, string>>()).GlobalOptions);
}
