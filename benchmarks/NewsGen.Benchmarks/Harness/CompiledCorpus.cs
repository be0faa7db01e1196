using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using NewsGen.Benchmarks.Corpus;

namespace NewsGen.Benchmarks.Harness;

/// <summary>
/// A corpus run through the generator, compiled in memory together with a small probe class and loaded, so lookups
/// can be called through plain delegates (no reflection per call).
/// </summary>
internal sealed class CompiledCorpus
{
    private const string ProbeSource = $$"""
        using System.Linq;
        using {{Generation.Namespace}};

        public static class Probe
        {
            public static object? TryGet(string id) => Articles.TryGet(id, out var article) ? article : null;

            public static object? Find(string nameOrAlias) => People.Find(nameOrAlias);

            public static object[] Articles() => global::{{Generation.Namespace}}.Articles.All.Cast<object>().ToArray();

            public static string[] ArticleIds() => global::{{Generation.Namespace}}.Articles.All.Select(a => a.Id).ToArray();

            public static (string Key, object Person)[] PersonKeys() =>
                People.All.SelectMany(p => p.Aliases.Prepend(p.Name).Select(k => (k, (object)p))).ToArray();
        }
        """;

    private CompiledCorpus(Assembly assembly)
    {
        var probe = assembly.GetType("Probe")!;
        TryGet = probe.GetMethod("TryGet")!.CreateDelegate<Func<string, object?>>();
        Find = probe.GetMethod("Find")!.CreateDelegate<Func<string, object?>>();
        ArticleIds = (string[])probe.GetMethod("ArticleIds")!.Invoke(null, null)!;
        PersonKeys = (ValueTuple<string, object>[])probe.GetMethod("PersonKeys")!.Invoke(null, null)!;
    }

    /// <summary><c>Articles.TryGet</c>: the article or null.</summary>
    public Func<string, object?> TryGet { get; }

    /// <summary><c>People.Find</c>: the person or null.</summary>
    public Func<string, object?> Find { get; }

    public string[] ArticleIds { get; }

    public (string Key, object Person)[] PersonKeys { get; }

    public static CompiledCorpus Build(string corpus)
    {
        var texts = Generation.Texts(BenchmarkCorpus.Load(corpus));
        Generation.Driver(texts, BenchmarkCorpus.Directory(corpus))
            .RunGeneratorsAndUpdateCompilation(Generation.Compilation(ProbeSource), out var output, out _);
        using var stream = new MemoryStream();
        var result = output.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(20)));
        }

        stream.Position = 0;
        return new CompiledCorpus(new AssemblyLoadContext(corpus, isCollectible: false).LoadFromStream(stream));
    }
}
