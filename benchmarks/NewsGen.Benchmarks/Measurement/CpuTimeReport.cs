using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsGen.Benchmarks.Benchmarks;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Extraction;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Extraction.Validation.Corpus;

namespace NewsGen.Benchmarks.Measurement;

/// <summary>
/// The README's target table measured in process CPU time rather than wall-clock time: on a shared, overloaded machine
/// the wall clock mostly measures waiting for a core, while CPU time (all threads: JIT, GC and the work itself) does
/// not. Each scenario runs to warm up (once, or as many times as its code takes to be fully compiled), then several times; the table shows the median and the minimum.
/// </summary>
internal static class CpuTimeReport
{
    public static void Run(IReadOnlyCollection<string> only)
    {
        Console.WriteLine($"# NewsGen CPU-time report ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| scenario | runs | median CPU | min CPU | median wall | allocated/run | GC pauses/run | derived |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---|");

        var realistic = BenchmarkCorpus.Realistic;
        if (Wanted(only, "extract"))
        {
            var extraction = new ExtractionBenchmarks { Corpus = realistic };
            extraction.Setup();
            var (bytes, words) = CorpusSize.Of(realistic);
            // Tiered compilation keeps promoting extraction's methods for the first eight or nine passes over BBC (the
            // process's CPU runs 25-100 ms above the pass's own thread in passes six to eight); "warm" means after that.
            Report($"extract {realistic} ({bytes / 1e6:N2} MB)", 5, () => extraction.ExtractCorpus(), cpu => $"{bytes / 1e6 / cpu:N2} MB/s, {words / cpu:N0} words/s", warmUps: 10);
        }

        if (Wanted(only, "cold"))
        {
            foreach (var corpus in new[] { realistic, BenchmarkCorpus.Synthetic(1000) })
            {
                var cold = new GeneratorColdBenchmarks { Corpus = corpus };
                cold.Setup();
                Report($"cold generator run, {corpus} ({BenchmarkCorpus.Load(corpus).Count} files)", 5, () => cold.ColdRun(), _ => string.Empty);
            }
        }

        if (Wanted(only, "cold10k"))
        {
            var cold = new GeneratorColdBenchmarks { Corpus = BenchmarkCorpus.Synthetic(10000) };
            cold.Setup();
            Report("cold generator run, synthetic-10000", 3, () => cold.ColdRun(), _ => string.Empty);
        }

        if (Wanted(only, "corpus"))
        {
            foreach (var corpus in new[] { realistic, BenchmarkCorpus.Synthetic(2000), BenchmarkCorpus.Synthetic(20000) })
            {
                var entries = BenchmarkCorpus.Load(corpus)
                    .Select(f => new ArticleSource(f.Path, f.Text, null, null, f.IsValidUtf8))
                    .Select(s => new CorpusEntry(s, ArticleExtractor.Extract(s, ExtractionOptions.Default)))
                    .ToList();
                Report($"corpus build (every article edit re-runs it), {corpus}", 3, () => CorpusBuilder.Build(entries.Select(e => e.Result)), _ => string.Empty);
                Report($"corpus-wide checks (content analyzer, compilation end), {corpus}", 1, () => CorpusValidator.Validate(entries), _ => string.Empty);
            }
        }

        if (Wanted(only, "incremental"))
        {
            foreach (var (name, run) in GeneratorIncrementalBenchmarks.Scenarios())
            {
                Report(name, 21, run, _ => string.Empty);
            }
        }
    }

    private static bool Wanted(IReadOnlyCollection<string> only, string scenario) => only.Count == 0 || only.Contains(scenario);

    private static void Report(string name, int runs, Action action, Func<double, string> derived, int warmUps = 1)
    {
        for (var i = 0; i < warmUps; i++)
        {
            action();
        }

        var cpu = new List<double>();
        var wall = new List<double>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        for (var i = 0; i < runs; i++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            action();
            wall.Add(clock.Elapsed.TotalSeconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        var allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / runs;
        var paused = (GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds / runs;
        var median = Median(cpu);
        Console.WriteLine($"| {name} | {runs} | {Time(median)} | {Time(cpu.Min())} | {Time(Median(wall))} | {allocated / 1e6:N1} MB | {Time(paused)} | {derived(median)} |");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Time(double seconds) =>
        seconds < 1 ? (seconds * 1000).ToString("N1", CultureInfo.InvariantCulture) + " ms" : seconds.ToString("N2", CultureInfo.InvariantCulture) + " s";

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
