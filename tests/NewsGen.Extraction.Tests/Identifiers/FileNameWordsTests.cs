using NewsGen.Extraction.Identifiers;

namespace NewsGen.Extraction.Tests.Identifiers;

public class FileNameWordsTests
{
    [Theory]
    [InlineData("baku-meeting", "baku meeting")]
    [InlineData("Lima Meeting", "Lima Meeting")]
    [InlineData("2018-04-19-baku-meeting", "baku meeting")]
    [InlineData("20180419_nato_summit", "nato summit")]
    [InlineData("007-budget", "budget")]
    [InlineData("us-election-2016", "us election 2016")]
    [InlineData("report_2016-09-12_budget", "report budget")]
    [InlineData("g7-summit", "g7 summit")]
    [InlineData("paris-attacks-day-2", "paris attacks day 2")]
    public void Names_made_of_words(string fileName, string expected) => Assert.Equal(expected, FileNameWords.From(fileName));

    [Theory]
    [InlineData("000_bfda32527d1fa4f3")]
    [InlineData("4f3a9c2e")]
    [InlineData("123456789012")]
    [InlineData("001")]
    [InlineData("2018-04-19")]
    [InlineData("article")]
    [InlineData("untitled-2")]
    [InlineData("breitbart_2016-09-12_stealth-over-health-hillary-clin")]
    [InlineData("x")]
    [InlineData("")]
    public void Opaque_names(string fileName) => Assert.Null(FileNameWords.From(fileName));
}
