using System.IO;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Dates;

public class SeedDateTests
{
    private static readonly (string Text, string Value)[] Gold =
    [
        ("19 April 2018", "2018-04-19"),
        ("12 December", "2018-12-12"),
        ("Wednesday (28 November)", "2018-11-28"),
        ("Tuesday (4 December)", "2018-12-04"),
        ("Thursday", "2018-12-06"),
    ];

    [Fact]
    public void Seed_dates_resolve_against_an_inferred_reference()
    {
        var article = ArticleExtractor.Extract(new ArticleSource(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile), null, null), ExtractionOptions.Default).Article!;

        var found = article.Dates.Select(d => (d.Text, d.Value?.ToString())).ToList();
        foreach (var gold in Gold)
        {
            Assert.Contains((gold.Text, (string?)gold.Value), found);
        }

        Assert.All(article.Dates, d => Assert.Contains(d.Value?.ToString(), Gold.Select(g => g.Value)));
        Assert.Null(article.Published);
    }
}
