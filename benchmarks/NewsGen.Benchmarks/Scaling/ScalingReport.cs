using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using NewsGen.Extraction;
using NewsGen.Extraction.Model;

namespace NewsGen.Benchmarks.Scaling;

/// <summary>
/// <c>scaling [PATTERN]...</c>: extraction time of each <see cref="PathologicalText"/> pattern at 64 KB, doubling to
/// 1 MiB, the ratio of each doubling (2.0 is linear), the worst and their geometric mean (one slow run moves a single
/// ratio, not the mean). Time is the process's CPU time (all threads, so GC and JIT
/// count), which other work on a shared machine does not inflate as it does wall time. A pattern stops doubling once one size takes longer than
/// <see cref="GiveUpSeconds"/>, so a superlinear stage cannot hold the run for hours.
/// </summary>
internal static class ScalingReport
{
    private const double GiveUpSeconds = 30;

    private static readonly int[] Sizes = [64 << 10, 128 << 10, 256 << 10, 512 << 10, 1 << 20];

    public static void Run(IReadOnlyCollection<string> only)
    {
        Console.WriteLine($"# NewsGen extraction scaling ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version})");
        Console.WriteLine();
        Console.WriteLine("| pattern | " + string.Join(" | ", Sizes.Select(PathologicalText.Size)) + " | ratio per doubling | worst | mean |");
        Console.WriteLine("|---|" + string.Concat(Sizes.Select(_ => "---:|")) + "---|---:|---:|");
        foreach (var (name, description, start, piece) in PathologicalText.Patterns.Where(p => only.Count == 0 || only.Contains(p.Name)))
        {
            // Warm up the pattern's code paths (JIT, word lists) on a small text first.
            Extract(PathologicalText.Of(start, piece, 4 << 10));
            var seconds = new List<double>();
            foreach (var size in Sizes)
            {
                seconds.Add(Fastest(PathologicalText.Of(start, piece, size)));
                if (seconds[^1] > GiveUpSeconds)
                {
                    break;
                }
            }

            var ratios = seconds.Zip(seconds.Skip(1), (a, b) => b / a).ToList();
            var cells = Sizes.Select((_, i) => i < seconds.Count ? seconds[i].ToString("0.000", CultureInfo.InvariantCulture) + " s" : "—");
            Console.WriteLine(
                $"| {name}: {description} | {string.Join(" | ", cells)} | {string.Join(", ", ratios.Select(r => r.ToString("0.00", CultureInfo.InvariantCulture)))} | " +
                $"{(ratios.Count > 0 ? ratios.Max().ToString("0.00", CultureInfo.InvariantCulture) : "—")} | " +
                $"{(ratios.Count > 0 ? Math.Pow(seconds[^1] / seconds[0], 1.0 / ratios.Count).ToString("0.00", CultureInfo.InvariantCulture) : "—")} |");
        }
    }

    /// <summary>
    /// The fastest of five runs (one when a run takes over a second): what remains of noise only ever adds time.
    /// </summary>
    private static double Fastest(string text)
    {
        var best = Extract(text);
        for (var run = 1; run < 5 && best < 1; run++)
        {
            best = Math.Min(best, Extract(text));
        }

        return best;
    }

    private static double Extract(string text)
    {
        // Garbage of the run before is collected now, not during this one.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var source = new ArticleSource("scaling.txt", text, null, null);
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var result = ArticleExtractor.Extract(source, ExtractionOptions.Default);
        process.Refresh();
        var cpu = process.TotalProcessorTime - before;
        if (result.Article is null)
        {
            throw new InvalidOperationException("no article: " + string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        }

        return cpu.TotalSeconds;
    }
}
