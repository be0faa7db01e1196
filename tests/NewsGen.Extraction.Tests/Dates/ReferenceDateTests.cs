using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

public class ReferenceDateTests
{
    [Fact]
    public void A_known_reference_is_used_as_is()
    {
        var resolution = TestArticle.Of("A first meeting was held on 19 April 2018.", "On Thursday, inspectors flew over the border.").Dates(Day("2018-12-12"));

        Assert.Equal(Day("2018-12-12"), resolution.ReferenceDate);
        Assert.Equal("2018-12-06", resolution.Dates[1].Value?.ToString());
    }

    [Fact]
    public void Without_a_known_reference_the_latest_resolved_date_is_the_reference()
    {
        var resolution = TestArticle.Of(
            "A first meeting was held on 19 April 2018.",
            "The generals met again on 12 December.",
            "On Thursday, inspectors flew over the border.").Dates();

        Assert.Equal(Day("2018-12-12"), resolution.ReferenceDate);
        Assert.Equal(["19 April 2018=2018-04-19", "12 December=2018-12-12", "Thursday=2018-12-06"], Pairs(resolution));
    }

    [Fact]
    public void Without_any_date_there_is_no_reference()
    {
        var resolution = TestArticle.Of("Nothing here is dated.").Dates();

        Assert.Null(resolution.ReferenceDate);
        Assert.Empty(resolution.Dates);
    }

    [Fact]
    public void Front_matter_published_date_reaches_the_dates_through_the_pipeline()
    {
        var text = "---\npublished: 2018-12-12\n---\nTitle\n\nOn Thursday, inspectors flew over the border.\n";

        var article = ArticleExtractor.Extract(new Model.ArticleSource("a.txt", text, null, null), Model.ExtractionOptions.Default).Article!;

        Assert.Contains(article.Dates, d => d.Text == "Thursday" && d.Value == Day("2018-12-06"));
    }

    [Fact]
    public void Metadata_published_date_reaches_the_dates_through_the_pipeline()
    {
        var text = "Title\n\nOn Thursday, inspectors flew over the border.\n";

        var article = ArticleExtractor.Extract(new Model.ArticleSource("a.txt", text, null, "2018-12-12"), Model.ExtractionOptions.Default).Article!;

        Assert.Contains(article.Dates, d => d.Text == "Thursday" && d.Value == Day("2018-12-06"));
    }
}
