using System.IO;
using NewsGen.Extraction;
using NewsGen.Extraction.Model;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests;

public class ArticleExtractorTests
{
    [Fact]
    public void Seed_title_is_the_first_line()
    {
        var source = new ArticleSource(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile), null, null);

        var result = ArticleExtractor.Extract(source, ExtractionOptions.Default);

        Assert.NotNull(result.Article);
        Assert.Equal("NATO: Baku is \u2018perfect venue\u2019 for talking to Russia", result.Article!.Title);
    }

    [Fact]
    public void Empty_file_yields_no_article_and_an_error()
    {
        var result = ArticleExtractor.Extract(new ArticleSource("empty.txt", "  \n", null, null), ExtractionOptions.Default);

        Assert.Null(result.Article);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NG0001", diagnostic.Id);
    }
}
