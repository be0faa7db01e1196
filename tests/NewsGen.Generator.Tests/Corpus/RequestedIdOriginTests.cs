using NewsGen.Extraction;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Tests.Corpus;

/// <summary>The extractor records whether an id was asked for explicitly, and where, for the corpus's clash diagnostics.</summary>
public class RequestedIdOriginTests
{
    [Fact]
    public void Front_matter_id_is_explicit_and_located_at_its_value()
    {
        var article = Extract(new ArticleSource("/p/a.txt", "---\nid:  HarborTalks\n---\nTitle\n\nBody.\n", null, null));

        Assert.Equal(ArticleIdOrigin.FrontMatter, article.IdOrigin);
        Assert.Equal(new SourceSpan(9, 11, 1, 5, 1, 16), article.IdLocation);
    }

    [Fact]
    public void Metadata_name_is_explicit_and_wins_over_front_matter()
    {
        var article = Extract(new ArticleSource("/p/a.txt", "---\nid: HarborTalks\n---\nTitle\n\nBody.\n", "FromMetadata", null));

        Assert.Equal(ArticleIdOrigin.Metadata, article.IdOrigin);
        Assert.Null(article.IdLocation);
    }

    [Fact]
    public void Other_ids_are_derived()
    {
        var article = Extract(new ArticleSource("/p/a.txt", "Title\n\nBody.\n", null, null));

        Assert.Equal(ArticleIdOrigin.Derived, article.IdOrigin);
        Assert.Null(article.IdLocation);
    }

    private static Article Extract(ArticleSource source) => ArticleExtractor.Extract(source, ExtractionOptions.Default).Article!;
}
