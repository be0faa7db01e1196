using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;
using NewsGen.Tests;
using Xunit.Abstractions;

namespace NewsGen.Extraction.Tests.Quotes;

/// <summary>
/// Quote F1 and speaker accuracy on the PolNeAR development set, computed as shared/tools/score_extraction.py does:
/// a gold quote is found when one predicted quote covers at least 80% of its words and is at most 2.5 times (+3 words)
/// longer; F1 is averaged over articles; speakers are pooled over gold quotes that name one and match when the
/// capitalized words of the names overlap.
/// </summary>
public class PolnearQuoteScoreTests
{
    private const double QuoteF1Floor = 0.95;
    private const double SpeakerAccuracyFloor = 0.93;

    private static readonly Regex NonWord = new(@"[^\w]+", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex Whitespace = new(@"\s+", RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex CapitalizedWord = new(@"[A-Z][\w'-]{2,}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private readonly ITestOutputHelper _output;

    public PolnearQuoteScoreTests(ITestOutputHelper output) => _output = output;

    [SharedFact("corpus/polnear-dev")]
    public void Dev_set_quote_f1_and_speaker_accuracy_stay_above_their_floors()
    {
        var corpus = Path.Combine(RepoPaths.Shared!, "corpus", "polnear-dev");
        var f1s = new List<double>();
        int speakersRight = 0, speakersTotal = 0;
        foreach (var goldPath in Directory.GetFiles(Path.Combine(corpus, "gold"), "*.json").OrderBy(p => p, StringComparer.Ordinal))
        {
            using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
            var file = gold.RootElement.GetProperty("file").GetString()!;
            var textPath = Path.Combine(corpus, "text", file);
            var article = ArticleExtractor.Extract(new ArticleSource(textPath, File.ReadAllText(textPath), null, null), ExtractionOptions.Default).Article;
            var predicted = article?.Quotes.ToList() ?? new List<Quote>();
            var goldQuotes = gold.RootElement.GetProperty("quotes").EnumerateArray()
                .Select(q => (Text: q.GetProperty("text").GetString()!, Speaker: q.GetProperty("speaker").ValueKind == JsonValueKind.String ? q.GetProperty("speaker").GetString() : null))
                .ToList();

            var right = new HashSet<int>();
            var found = 0;
            foreach (var (text, speaker) in goldQuotes)
            {
                var hits = Enumerable.Range(0, predicted.Count).Where(i => Covers(predicted[i].Text, text)).ToList();
                right.UnionWith(hits);
                speakersTotal += speaker is null ? 0 : 1;
                if (hits.Count == 0)
                {
                    continue;
                }

                found++;
                if (speaker is not null && CapitalizedWords(predicted[hits[0]].Speaker?.Name).Overlaps(CapitalizedWords(speaker)))
                {
                    speakersRight++;
                }
            }

            var precision = predicted.Count > 0 ? (double)right.Count / predicted.Count : goldQuotes.Count == 0 ? 1 : 0;
            var recall = goldQuotes.Count > 0 ? (double)found / goldQuotes.Count : 1;
            f1s.Add(precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0);
        }

        var quoteF1 = f1s.Average();
        var speakerAccuracy = (double)speakersRight / speakersTotal;
        _output.WriteLine($"quotes F1 {quoteF1:F3} over {f1s.Count} articles, speakers {speakersRight}/{speakersTotal} = {speakerAccuracy:F3}");
        Assert.True(quoteF1 >= QuoteF1Floor, $"quote F1 {quoteF1:F3} fell below {QuoteF1Floor}");
        Assert.True(speakerAccuracy >= SpeakerAccuracyFloor, $"speaker accuracy {speakerAccuracy:F3} fell below {SpeakerAccuracyFloor}");
    }

    private static bool Covers(string predicted, string gold)
    {
        var p = Tokens(predicted);
        var g = Tokens(gold);
        if (p.Count == 0 || g.Count == 0)
        {
            return false;
        }

        var goldSet = new HashSet<string>(g);
        return (double)goldSet.Intersect(p).Count() / goldSet.Count >= 0.8 && p.Count <= (2.5 * g.Count) + 3;
    }

    private static List<string> Tokens(string text) =>
        NonWord.Split(Normalize(text)).Where(t => t.Length > 0).ToList();

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Normalize(NormalizationForm.FormKC));
        foreach (var mark in "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A")
        {
            builder.Replace(mark.ToString(), string.Empty);
        }

        return Whitespace.Replace(builder.ToString(), " ").Trim().ToLowerInvariant().Trim(' ', ',', '.', ';', ':');
    }

    private static HashSet<string> CapitalizedWords(string? name)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in CapitalizedWord.Matches(name ?? string.Empty))
        {
            words.Add(match.Value.ToLowerInvariant());
        }

        words.ExceptWith(new[] { "the", "said", "says" });
        return words;
    }
}
