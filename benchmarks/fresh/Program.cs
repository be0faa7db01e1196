using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// FreshProcess GENERATOR_DIR SEEDS_DIR [split]: the first NewsGen run in this process, timed as CPU of the thread that
// runs it (what a quiet machine shows as wall time). Roslyn's driver is warmed first with a generator of the same shape
// that also uses ForAttributeWithMetadataName, as the SDK's own generators do in every build, so only NewsGen is timed.
// "split" times the first extraction and the generator's construction (template set-up) on their own first.
var generatorDirectory = Path.GetFullPath(args[0]);
var seeds = Directory.GetFiles(args[1], "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToArray();
var split = args.Length > 2 && args[2] == "split";

var referenceDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
var references = Directory.GetFiles(referenceDirectory, "System*.dll").Concat(Directory.GetFiles(referenceDirectory, "netstandard.dll"))
    .Where(IsManaged).Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToList();
var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
var compilation = CSharpCompilation.Create(
    "Consumer",
    [CSharpSyntaxTree.ParseText("internal static class Code { [System.Obsolete] private static void M() { } }", parseOptions)],
    references,
    new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
var texts = seeds.Select(f => (AdditionalText)new FileText(f, SourceText.From(File.ReadAllText(f), Encoding.UTF8))).ToImmutableArray();
var options = new ArticleOptions("NewsGen.Sample.Content", Path.GetFullPath(args[1]).TrimEnd('/') + "/");

_ = CSharpGeneratorDriver.Create([new WarmUpGenerator().AsSourceGenerator()], texts, parseOptions, options).RunGenerators(compilation).GetRunResult();

var context = new AssemblyLoadContext("NewsGen");
context.Resolving += (c, name) =>
{
    var path = Path.Combine(generatorDirectory, name.Name + ".dll");
    return File.Exists(path) ? c.LoadFromAssemblyPath(path) : null;
};
var generatorAssembly = context.LoadFromAssemblyPath(Path.Combine(generatorDirectory, "NewsGen.Generator.dll"));

var start = ThreadCpu();
var jitStart = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true);
var parts = string.Empty;
if (split)
{
    var extraction = context.LoadFromAssemblyName(new AssemblyName("NewsGen.Extraction"));
    var sourceType = extraction.GetType("NewsGen.Extraction.Model.ArticleSource")!;
    var extractionOptions = extraction.GetType("NewsGen.Extraction.Model.ExtractionOptions")!.GetProperty("Default")!.GetValue(null);
    var extract = extraction.GetType("NewsGen.Extraction.ArticleExtractor")!.GetMethod("Extract")!;
    var noCorrections = Activator.CreateInstance(extract.GetParameters()[2].ParameterType);
    foreach (var seed in seeds)
    {
        extract.Invoke(null, [Activator.CreateInstance(sourceType, seed, File.ReadAllText(seed), null, null, true), extractionOptions, noCorrections]);
    }

    var extracted = ThreadCpu();
    _ = NewGenerator();
    parts = $"extraction {Ms(extracted - start)} ms, construction {Ms(ThreadCpu() - extracted)} ms, ";
}

var driver = CSharpGeneratorDriver.Create([NewGenerator().AsSourceGenerator()], texts, parseOptions, options).RunGenerators(compilation);
var elapsed = ThreadCpu() - start;
var jitted = System.Runtime.JitInfo.GetCompiledMethodCount(currentThread: true) - jitStart;
var result = driver.GetRunResult().Results.Single();
var output = string.Join("\n", result.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText));
var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(output)))[..16];
Console.WriteLine($"{parts}generator {Ms(elapsed)} ms thread CPU, {jitted} methods compiled by the JIT, {result.GeneratedSources.Length} files, output {hash}{(result.Exception is null ? string.Empty : ", " + result.Exception.Message)}");

IIncrementalGenerator NewGenerator() => (IIncrementalGenerator)Activator.CreateInstance(generatorAssembly.GetType("NewsGen.Generator.NewsGenGenerator")!)!;

static long ThreadCpu() => long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

static string Ms(long nanoseconds) => (nanoseconds / 1e6).ToString("F0", System.Globalization.CultureInfo.InvariantCulture);

static bool IsManaged(string path)
{
    using var stream = File.OpenRead(path);
    using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
    return reader.HasMetadata;
}

/// <summary>An additional file already decoded.</summary>
internal sealed class FileText(string path, SourceText text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;
}

/// <summary>What NewsGen.targets passes: every additional file is an article.</summary>
internal sealed class ArticleOptions(string ns, string projectDirectory) : AnalyzerConfigOptionsProvider
{
    private static readonly Options Article = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["build_metadata.AdditionalFiles.NewsGenArticle"] = "true" });

    private static readonly Options None = new(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["build_property.NewsGenNamespace"] = ns,
        ["build_property.ProjectDir"] = projectDirectory,
    });

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Article;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}

/// <summary>Warms Roslyn's driver: additional files combined with options, a collected output, an attribute lookup.</summary>
internal sealed class WarmUpGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var lengths = context.AdditionalTextsProvider.Combine(context.AnalyzerConfigOptionsProvider).Select((pair, _) => pair.Left.Path.Length);
        context.RegisterSourceOutput(lengths.Collect(), (c, all) => c.AddSource("Lengths.g.cs", "// " + all.Length));
        var marked = context.SyntaxProvider.ForAttributeWithMetadataName("System.ObsoleteAttribute", (_, _) => true, (a, _) => a.TargetSymbol.Name).Collect();
        context.RegisterSourceOutput(marked, (c, all) => c.AddSource("Marked.g.cs", "// " + all.Length));
    }
}
