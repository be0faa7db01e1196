using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace NewsGen.Benchmarks.Corpus;

/// <summary>
/// The texts the benchmarks run on: the BBC corpus from <c>../shared/corpus/bbc</c> when this clone has it, and
/// synthetic corpora written once under <c>artifacts/benchmark-corpus/</c>, so every benchmark also runs in a clone
/// without <c>../shared</c>.
/// </summary>
internal static class BenchmarkCorpus
{
    /// <summary>The parameter value that names the BBC corpus.</summary>
    public const string Bbc = "bbc";

    private const string SyntheticPrefix = "synthetic-";

    /// <summary>The BBC corpus has 2,217 articles; the stand-in for it has as many.</summary>
    private const int BbcSize = 2217;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly ConcurrentDictionary<string, IReadOnlyList<CorpusFile>> Loaded = new(StringComparer.Ordinal);

    public static string RepoRoot { get; } = typeof(BenchmarkCorpus).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    /// <summary>The BBC corpus folder, or null when this clone has no <c>../shared</c>.</summary>
    public static string? BbcDirectory
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared", "corpus", "bbc"));
            return System.IO.Directory.Exists(path) ? path : null;
        }
    }

    /// <summary>The name of a synthetic corpus of <paramref name="count"/> articles.</summary>
    public static string Synthetic(int count) => SyntheticPrefix + count;

    /// <summary>The BBC corpus when present, else a synthetic corpus of the same size.</summary>
    public static string Realistic => BbcDirectory is null ? Synthetic(BbcSize) : Bbc;

    /// <summary>The files of a corpus by name (<see cref="Bbc"/> or <c>synthetic-N</c>), read once per process.</summary>
    public static IReadOnlyList<CorpusFile> Load(string name) => Loaded.GetOrAdd(name, LoadUncached);

    /// <summary>The folder of a corpus by name; a synthetic corpus is written there first if it is not yet complete.</summary>
    public static string Directory(string name)
    {
        if (name == Bbc)
        {
            return BbcDirectory ?? throw new DirectoryNotFoundException("../shared/corpus/bbc is not present in this clone");
        }

        if (!name.StartsWith(SyntheticPrefix, StringComparison.Ordinal) || !int.TryParse(name.AsSpan(SyntheticPrefix.Length), out var count))
        {
            throw new ArgumentException($"Unknown corpus '{name}': use '{Bbc}' or '{SyntheticPrefix}N'", nameof(name));
        }

        var directory = Path.Combine(RepoRoot, "artifacts", "benchmark-corpus", name);
        WriteSynthetic(directory, count);
        return directory;
    }

    /// <summary>Writes synthetic articles 0 … count-1 under <paramref name="directory"/>, unless a previous run already did.</summary>
    public static void WriteSynthetic(string directory, int count)
    {
        var complete = Path.Combine(directory, ".complete");
        if (File.Exists(complete) && File.ReadAllText(complete) == count.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            return;
        }

        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        for (var i = 0; i < count; i++)
        {
            var (relativePath, text) = SyntheticNews.Article(i);
            var path = Path.Combine(directory, relativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text, StrictUtf8);
        }

        File.WriteAllText(complete, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static IReadOnlyList<CorpusFile> LoadUncached(string name) =>
        System.IO.Directory.EnumerateFiles(Directory(name), "*.txt", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .ToList();

    /// <summary>Decodes like the compiler: UTF-8, and a legacy single-byte fallback when the bytes are not UTF-8.</summary>
    private static CorpusFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        try
        {
            return new CorpusFile(path, StrictUtf8.GetString(bytes), IsValidUtf8: true, bytes.Length);
        }
        catch (DecoderFallbackException)
        {
            return new CorpusFile(path, Encoding.Latin1.GetString(bytes), IsValidUtf8: false, bytes.Length);
        }
    }
}
