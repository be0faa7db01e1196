using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;
using NewsGen.Tests;
using Xunit.Abstractions;

namespace NewsGen.Extraction.Tests.Dates;

public class CorpusDateTests
{
    // The score reached, less a small margin for changes elsewhere in extraction.
    private const double AquaintDateF1Floor = 0.945;

    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper _output;

    public CorpusDateTests(ITestOutputHelper output) => _output = output;

    /// <summary>
    /// Dates micro-F1 on the AQUAINT TimeML development set, computed as shared/tools/score_extraction.py does: a
    /// gold date is found by an unused predicted one with its value whose text contains or is contained in the
    /// gold text; a predicted date is right when its value is among the article's gold values; both are pooled.
    /// </summary>
    [SharedFact("corpus/aquaint-dev")]
    public void Aquaint_dev_set_date_f1_stays_above_its_floor()
    {
        var corpus = Path.Combine(RepoPaths.Shared!, "corpus", "aquaint-dev");
        int found = 0, goldCount = 0, right = 0, predictedCount = 0;
        foreach (var goldPath in Directory.GetFiles(Path.Combine(corpus, "gold"), "*.json"))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var textPath = Path.Combine(corpus, "text", gold.RootElement.GetProperty("file").GetString()!);
            var predicted = ArticleExtractor.Extract(new ArticleSource(textPath, File.ReadAllText(textPath), null, null), ExtractionOptions.Default)
                .Article!.Dates.Select(d => (Text: Normalize(d.Text), Value: d.Value?.ToString())).ToList();
            var golds = gold.RootElement.GetProperty("dates").EnumerateArray()
                .Select(g => (Text: Normalize(g.GetProperty("text").GetString()!), Value: g.GetProperty("value").GetString()))
                .ToList();

            var used = new HashSet<int>();
            foreach (var (text, value) in golds)
            {
                var hit = Enumerable.Range(0, predicted.Count)
                    .FirstOrDefault(i => !used.Contains(i) && predicted[i].Value == value && (predicted[i].Text.Contains(text) || text.Contains(predicted[i].Text)), -1);
                if (hit >= 0)
                {
                    used.Add(hit);
                    found++;
                }
            }

            var values = golds.Select(g => g.Value).ToHashSet();
            right += predicted.Count(p => values.Contains(p.Value));
            (goldCount, predictedCount) = (goldCount + golds.Count, predictedCount + predicted.Count);
        }

        var (precision, recall) = ((double)right / predictedCount, (double)found / goldCount);
        var f1 = 2 * precision * recall / (precision + recall);
        _output.WriteLine($"dates micro-F1 {f1:F3} (P {precision:F3}, R {recall:F3}, {found}/{goldCount} found)");
        Assert.True(f1 >= AquaintDateF1Floor, $"dates micro-F1 {f1:F3} fell below {AquaintDateF1Floor}");
    }

    // As the scorer: NFKC, no quote characters, white space collapsed, lower case, trimmed of " ,.;:".
    private static string Normalize(string text)
    {
        var quotes = "\"'“”‘’«»„‚";
        var kept = new string(text.Normalize(NormalizationForm.FormKC).Where(c => quotes.IndexOf(c) < 0).ToArray());
        return Whitespace.Replace(kept, " ").Trim().ToLowerInvariant().Trim(' ', ',', '.', ';', ':');
    }

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
