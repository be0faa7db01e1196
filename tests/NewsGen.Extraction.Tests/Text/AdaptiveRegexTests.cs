using System.Linq;
using NewsGen.Extraction.Tests.Dates;
using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Text;

public class AdaptiveRegexTests
{
    /// <summary>
    /// The date and tense patterns start interpreted and are compiled after 512 KB of text (AdaptiveRegex); a
    /// megabyte of dated paragraphs in between must not change what one article yields.
    /// </summary>
    [Fact]
    public void Dates_read_before_and_after_the_patterns_are_compiled_are_the_same()
    {
        var article = TestArticle.Of(
            "The kiln was fired on Monday and again on 17 June 2018, two days after the glaze arrived.",
            "The potters will exhibit on the 20th and close on New Year's Eve at 6 p.m.");
        var before = Pairs(article.Dates(Day("2018-12-12")));

        var paragraph = "The ferry sailed on Tuesday, 4 December, and will return on Friday after a stop on 9 December. ";
        var bulk = TestArticle.Of(Enumerable.Repeat(string.Concat(Enumerable.Repeat(paragraph, 100)), 120).ToArray());
        Assert.True(bulk.Text.Length > 1024 * 1024);
        Assert.NotEmpty(bulk.Dates(Day("2018-12-12")).Dates);

        Assert.Equal(before, Pairs(article.Dates(Day("2018-12-12"))));
        Assert.Equal(
            ["Monday=2018-12-10", "17 June 2018=2018-06-17", "the 20th=2018-12-20", "New Year's Eve=2018-12-31", "6 p.m.=2018-12-31"],
            before);
    }
}
