using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Benchmarks.Measurement;
using NewsGen.Extraction;
using NewsGen.Extraction.Model;

namespace NewsGen.Benchmarks.Benchmarks;

/// <summary>
/// Extraction of a whole corpus, one article after the other, as the generator does on a cold build. The MB/s and
/// words/s columns divide the corpus size by the mean time.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private ArticleSource[] _sources = [];

    /// <summary>The BBC corpus when present, else a synthetic one of the same size.</summary>
    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = BenchmarkCorpus.Realistic;

    public static IEnumerable<string> Corpora() => [BenchmarkCorpus.Realistic];

    [GlobalSetup]
    public void Setup()
    {
        var files = BenchmarkCorpus.Load(Corpus);
        _sources = files.Select(f => new ArticleSource(f.Path, f.Text, null, null, f.IsValidUtf8)).ToArray();
        CorpusSize.Register(Corpus, files);
    }

    [Benchmark]
    public int ExtractCorpus()
    {
        var articles = 0;
        foreach (var source in _sources)
        {
            if (ArticleExtractor.Extract(source, ExtractionOptions.Default).Article is not null)
            {
                articles++;
            }
        }

        return articles;
    }
}
