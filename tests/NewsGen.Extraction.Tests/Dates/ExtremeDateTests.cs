using System.Linq;
using NewsGen.Extraction.Model;
using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

public class ExtremeDateTests
{
    private const string Relatives =
        "The depot closed yesterday and reopens tomorrow. Crews worked last night and will return next Monday. " +
        "The lease began last Tuesday, runs until 30 December and ends on 2 January. Talks resume on Saturday. " +
        "Pickets arrived three days ago, at noon on Friday, and stay until the day after New Year's Eve; the next morning, a crowd came.";

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-28")]
    [InlineData("0001-01-03")]
    public void Relative_dates_past_the_ends_of_the_calendar_stay_unresolved_instead_of_failing(string published)
    {
        var text = $"---\npublished: {published}\n---\nTitle\n\n{Relatives}\n";

        var result = ArticleExtractor.Extract(new ArticleSource("a.txt", text, null, null), ExtractionOptions.Default);

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NG9001");
        Assert.NotEmpty(result.Article!.Dates);
        Assert.All(result.Article.Dates, d => Assert.True(d.Value is null || d.Value.Value.Year is >= 1 and <= 9999));
    }

    [Fact]
    public void A_day_after_the_last_calendar_day_is_left_unresolved()
    {
        var resolution = TestArticle.Of("The depot reopens tomorrow.").Dates(Day("9999-12-31"));

        Single(resolution, "tomorrow", null);
    }

    [Fact]
    public void A_day_before_the_first_calendar_day_is_left_unresolved()
    {
        var resolution = TestArticle.Of("The depot closed yesterday, and on Friday it was empty.").Dates(Day("0001-01-01"));

        Assert.Equal(["yesterday=null", "Friday=null"], Pairs(resolution));
    }

    [Fact]
    public void Days_inside_the_calendar_still_resolve_at_its_ends()
    {
        Assert.Equal("9999-12-30", TestArticle.Of("The depot closed yesterday.").Dates(Day("9999-12-31")).Dates.Single().Value.ToString());
    }
}
