using System.IO;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Dates;

public class CorpusDateTests
{
    [SharedFact("corpus/bbc")]
    public void Every_bbc_article_extracts_without_an_internal_failure_and_every_date_points_at_its_text()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus", "bbc"), "*.txt", SearchOption.AllDirectories);

        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var result = ArticleExtractor.Extract(new ArticleSource(file, text, null, null), ExtractionOptions.Default);

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NG9001");
            var normalized = NewsGen.Extraction.Text.SourceDocument.Create(file, text).Text;
            Assert.All(result.Article?.Dates ?? [], d => Assert.Equal(d.Text, normalized.Substring(d.Start, d.Length)));
        }
    }

    [SharedFact("corpus/polnear-dev/text")]
    public void Polnear_dates_resolve_near_the_publication_date_in_the_file_name()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus", "polnear-dev", "text"), "*.txt");

        var dates = files
            .Select(f => ArticleExtractor.Extract(new ArticleSource(f, File.ReadAllText(f), null, null), ExtractionOptions.Default).Article!)
            .SelectMany(a => a.Dates.Select(d => (d.Value, a.Published)))
            .ToList();

        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.NotNull(d.Value));
        var nearby = dates.Count(d => System.Math.Abs((d.Value!.Value.ToDateTime() - d.Published!.Value.ToDateTime()).TotalDays) <= 366);
        Assert.True(nearby >= dates.Count * 9 / 10, $"{nearby} of {dates.Count} dates within a year of publication");
    }
}
