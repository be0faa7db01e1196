using System;
using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Benchmarks.Measurement;

namespace NewsGen.Benchmarks;

/// <summary>
/// <c>corpus DIR COUNT</c> writes a synthetic corpus; <c>phases [CORPUS]</c> prints where a consumer's compile time goes; <c>steps [CORPUS]</c> where the generator's time goes, step by step; <c>stages [CORPUS]</c> where a warm extraction pass goes, stage by stage; <c>cpu [extract|cold|cold10k|corpus|incremental]...</c> prints the
/// CPU-time table; <c>scaling [PATTERN]...</c> times extraction of pathological texts from 64 KB to 1 MiB; <c>quick</c> runs every benchmark with BenchmarkDotNet's short job; anything else goes to
/// BenchmarkDotNet (<c>--filter</c>, <c>--job</c>, …). Benchmarks run in this process (no per-benchmark project build).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "corpus" when args.Length == 3:
                BenchmarkCorpus.WriteSynthetic(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
                Console.WriteLine($"wrote {args[2]} synthetic articles to {args[1]}");
                return 0;
            case "phases":
                CompilePhases.Run(args.Length > 1 ? args[1] : BenchmarkCorpus.Realistic);
                return 0;
            case "steps":
                StepTimes.Run(args.Length > 1 ? args[1] : BenchmarkCorpus.Realistic);
                return 0;
            case "stages":
                StageCosts.Run(args.Length > 1 ? args[1] : BenchmarkCorpus.Realistic, passes: 5);
                return 0;
            case "cpu":
                CpuTimeReport.Run(args.Skip(1).ToList());
                return 0;
            case "scaling":
                Scaling.ScalingReport.Run(args.Skip(1).ToList());
                return 0;
            case "quick":
                args = ["--filter", "*", "--job", "short", .. args.Skip(1)];
                break;
        }

        var config = DefaultConfig.Instance
            .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.WordsPerSecond)
            .WithOptions(ConfigOptions.JoinSummary);
        var withToolchain = args.Contains("--inProcess", StringComparer.OrdinalIgnoreCase) ? args : [.. args, "--inProcess"];
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(withToolchain, config);
        return 0;
    }
}
