using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Emit;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Benchmarks.Harness;
using NewsGen.Generator.Analyzers;

namespace NewsGen.Benchmarks.Measurement;

/// <summary>
/// Where the compile time of a consumer goes, phase by phase, in process CPU time: the generator, the NewsGen content
/// analyzer, binding the generated code (all compiler diagnostics) and emitting the assembly. One run each, cold, on
/// one thread (a concurrent build spreads the same work over the cores, and its CPU time then varies with the load).
/// </summary>
internal static class CompilePhases
{
    public static void Run(string corpus)
    {
        var files = BenchmarkCorpus.Load(corpus);
        var texts = Generation.Texts(files);
        var options = new ArticleOptions(Generation.Namespace, BenchmarkCorpus.Directory(corpus) + Path.DirectorySeparatorChar);
        Console.WriteLine($"# Compile phases, {corpus}: {files.Count} files, {files.Sum(f => f.Bytes) / 1e6:N1} MB");
        Console.WriteLine("| phase | CPU | wall | allocated |");
        Console.WriteLine("|---|---:|---:|---:|");

        Compilation output = null!;
        GeneratorDriver driver = null!;
        Phase("generator (cold)", () => driver = Generation.Driver(texts, BenchmarkCorpus.Directory(corpus)).RunGeneratorsAndUpdateCompilation(Serial(Generation.Compilation("internal static class Code { }")), out output, out _));
        var trees = driver.GetRunResult().GeneratedTrees;
        Phase("parse generated code", () => trees.Sum(t => t.GetRoot().FullSpan.Length));
        ImmutableArray<Diagnostic> diagnostics = [];
        Phase("bind (compiler diagnostics)", () => diagnostics = output.GetDiagnostics());
        EmitResult? emitted = null;
        Phase("emit", () =>
        {
            using var stream = new MemoryStream();
            emitted = output.Emit(stream);
        });
        ImmutableArray<Diagnostic> analyzerDiagnostics = [];
        Phase("NewsGen content analyzer", () => analyzerDiagnostics = output
            .WithAnalyzers([new ContentAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([.. texts], options), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult());

        Console.WriteLine();
        Console.WriteLine($"{trees.Length} generated files, {trees.Sum(t => (long)t.Length) / 1e6:N1} M chars; compiler errors: {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)}; emit success: {emitted?.Success}; NewsGen diagnostics: {analyzerDiagnostics.Length}");
        foreach (var error in diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Concat(emitted?.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error) ?? []).Take(10))
        {
            Console.WriteLine("  " + error);
        }
    }

    private static CSharpCompilation Serial(CSharpCompilation compilation) =>
        compilation.WithOptions(compilation.Options.WithConcurrentBuild(false));

    private static void Phase(string name, Action action)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {cpuSeconds:N2} s | {clock.Elapsed.TotalSeconds:N2} s | {bytes / 1e6:N0} MB |"));
    }
}
