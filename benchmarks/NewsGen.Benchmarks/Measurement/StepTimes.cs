using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Benchmarks.Harness;

namespace NewsGen.Benchmarks.Measurement;

/// <summary>
/// Where a generator run spends its time, step by step, as Roslyn's step tracking reports it (wall time of each step,
/// summed over its inputs): the first run in the process, a cold run on <c>corpus</c>, then runs after editing one article. Source
/// outputs (rendering) appear as <c>SourceOutput</c>; what no step accounts for is the driver's own work.
/// </summary>
internal static class StepTimes
{
    public static void Run(string corpus)
    {
        var files = BenchmarkCorpus.Load(corpus);
        var compilation = Generation.Compilation("internal static class Code { }");
        var directory = BenchmarkCorpus.Directory(corpus);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = Generation.Driver(Generation.Texts(files), directory, trackSteps: true).RunGenerators(compilation);
        Print($"first run in this process (code not yet compiled by the JIT), {corpus}", first, clock.Elapsed);
        var texts = Generation.Texts(files);
        clock.Restart();
        var driver = Generation.Driver(texts, directory, trackSteps: true).RunGenerators(compilation);
        Print($"cold run, {corpus} ({texts.Count} files)", driver, clock.Elapsed);

        var article = texts[texts.Count / 2];
        for (var edit = 1; edit <= 3; edit++)
        {
            var text = article.GetText()!.ToString();
            var edited = new InMemoryText(article.Path, Microsoft.CodeAnalysis.Text.SourceText.From(text + "\nEdit " + edit + ".\n", System.Text.Encoding.UTF8));
            clock.Restart();
            driver = driver.ReplaceAdditionalText(article, edited).RunGenerators(compilation);
            Print($"re-run after editing one article (edit {edit})", driver, clock.Elapsed);
            article = edited;
        }
    }

    private static void Print(string title, GeneratorDriver driver, TimeSpan total)
    {
        var result = driver.GetRunResult().Results.Single();
        var steps = result.TrackedSteps.Concat(result.TrackedOutputSteps)
            .Select(s => (s.Key, Time: s.Value.Aggregate(TimeSpan.Zero, (sum, step) => sum + step.ElapsedTime), Runs: s.Value.Length))
            .OrderByDescending(s => s.Time)
            .ToList();
        Console.WriteLine($"# {title}: {Ms(total)} in all");
        Console.WriteLine("| step | runs | time |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (name, time, runs) in steps)
        {
            Console.WriteLine($"| {name} | {runs} | {Ms(time)} |");
        }

        Console.WriteLine();
    }

    private static string Ms(TimeSpan time) => time.TotalMilliseconds.ToString("N1", CultureInfo.InvariantCulture) + " ms";
}
