using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Extraction;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Events;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Benchmarks.Measurement;

/// <summary>
/// Where a warm extraction pass goes, stage by stage: each stage of <see cref="ArticleExtractor"/> called on its own
/// for every article, timed in this thread's CPU time (the scheduler's count on Linux, so time spent waiting for a
/// core on a shared machine is left out; the wall clock elsewhere) with the bytes it allocates. A stage includes the
/// lazy work it is the first to ask for (the shared sentence split); the word count of the body is timed as a stage of
/// its own, and validation with the glue is what the whole pass, timed apart, costs beyond the stages.
/// </summary>
internal static class StageCosts
{
    private const int WarmUpPasses = 3;

    private static readonly string[] Stages = ["document", "structure", "entities", "quotes", "dates", "events", "identifier", "word count"];

    public static void Run(string corpus, int passes)
    {
        var sources = BenchmarkCorpus.Load(corpus).Select(f => new ArticleSource(f.Path, f.Text, null, null, f.IsValidUtf8)).ToArray();
        var megabytes = sources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.Text)) / 1e6;
        var stageTimes = Stages.Select(_ => new List<double>()).ToArray();
        var stageBytes = new long[Stages.Length];
        var whole = new List<double>();
        long wholeBytes = 0;
        // Three passes of each kind to warm up: tiered compilation keeps promoting methods for about six passes.
        for (var pass = -WarmUpPasses; pass < passes; pass++)
        {
            var (times, bytes) = StagePass(sources);
            var (wholeTime, wholeAllocated) = Measure(() => WholePass(sources));
            if (pass < 0)
            {
                continue;
            }

            for (var i = 0; i < Stages.Length; i++)
            {
                stageTimes[i].Add(times[i]);
                stageBytes[i] = bytes[i];
            }

            whole.Add(wholeTime);
            wholeBytes = wholeAllocated;
        }

        Console.WriteLine($"# Extraction stages on {corpus} ({megabytes:N2} MB, {sources.Length} files), median of {passes} warm passes, load average {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine("| stage | CPU per pass | allocated per pass |");
        Console.WriteLine("|---|---:|---:|");
        for (var i = 0; i < Stages.Length; i++)
        {
            Console.WriteLine($"| {Stages[i]} | {Median(stageTimes[i]) * 1000:N0} ms | {stageBytes[i] / 1e6:N1} MB |");
        }

        var wholeMedian = Median(whole);
        Console.WriteLine($"| whole pass (`ArticleExtractor.Extract`) | {wholeMedian * 1000:N0} ms ({megabytes / wholeMedian:N2} MB/s) | {wholeBytes / 1e6:N1} MB |");
    }

    private static (double[] Seconds, long[] Bytes) StagePass(ArticleSource[] sources)
    {
        var seconds = new double[Stages.Length];
        var bytes = new long[Stages.Length];
        foreach (var source in sources)
        {
            var stage = 0;
            void Time(Action action)
            {
                var (time, allocated) = Measure(action);
                seconds[stage] += time;
                bytes[stage++] += allocated;
            }

            SourceDocument document = null!;
            FrontMatter frontMatter = null!;
            ArticleStructure structure = null!;
            EntitySet entities = null!;
            DateResolution dates = null!;
            Time(() => frontMatter = FrontMatterReader.Read(document = SourceDocument.Create(source.Path, source.Text)));
            Time(() => structure = StructureReader.Read(document, frontMatter.BodyStart, ExtractionOptions.Default));
            Time(() => entities = EntityExtractor.Extract(structure));
            Time(() => QuoteExtractor.Extract(structure, entities));
            Time(() => dates = DateExtractor.Extract(structure, ReferenceDateSource.Find(source, frontMatter)));
            Time(() => EventExtractor.Extract(structure, entities, dates));
            Time(() => ArticleIdentifier.Choose(source, frontMatter, structure, entities));
            Time(() => WordCounter.Count(structure));
        }

        return (seconds, bytes);
    }

    private static void WholePass(ArticleSource[] sources)
    {
        foreach (var source in sources)
        {
            ArticleExtractor.Extract(source, ExtractionOptions.Default);
        }
    }

    private static (double Seconds, long Bytes) Measure(Action action)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuSeconds();
        var clock = Stopwatch.StartNew();
        action();
        var seconds = cpu is { } before && ThreadCpuSeconds() is { } after ? after - before : clock.Elapsed.TotalSeconds;
        return (seconds, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    // The thread's own CPU clock (a few tens of nanoseconds to read, so it can time each stage of each article).
    private static double? ThreadCpuSeconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuClock, out var time) == 0 ? time.Seconds + time.Nanoseconds / 1e9 : null;

    private const int ThreadCpuClock = 3;

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
