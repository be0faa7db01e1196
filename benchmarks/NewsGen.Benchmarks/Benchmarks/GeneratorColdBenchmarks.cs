using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Benchmarks.Harness;

namespace NewsGen.Benchmarks.Benchmarks;

/// <summary>
/// A full generator run with an empty cache, as on a command-line build: read, extract, build the corpus, render and
/// parse every generated file. The compiler process keeps the generator loaded between builds (the compiler server),
/// so the templates are parsed once per process, as here.
/// </summary>
[MemoryDiagnoser]
public class GeneratorColdBenchmarks
{
    private IReadOnlyList<CorpusFile> _files = [];
    private string _directory = string.Empty;
    private CSharpCompilation _compilation = Generation.Compilation("internal static class Code { }");

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = BenchmarkCorpus.Synthetic(1);

    /// <summary>Synthetic projects of 1 to 10,000 articles, and the BBC corpus (2,217 files) when present.</summary>
    public static IEnumerable<string> Corpora()
    {
        foreach (var count in new[] { 1, 100, 1000, 10000 })
        {
            yield return BenchmarkCorpus.Synthetic(count);
        }

        if (BenchmarkCorpus.BbcDirectory is not null)
        {
            yield return BenchmarkCorpus.Bbc;
        }
    }

    [GlobalSetup]
    public void Setup()
    {
        _files = BenchmarkCorpus.Load(Corpus);
        _directory = BenchmarkCorpus.Directory(Corpus);
        _compilation = Generation.Compilation("internal static class Code { }");
    }

    /// <summary>A new driver over texts read anew, as a command-line build does: no cache of an earlier run applies.</summary>
    [Benchmark]
    public int ColdRun() =>
        Generation.Driver(Generation.Texts(_files), _directory).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;
}
