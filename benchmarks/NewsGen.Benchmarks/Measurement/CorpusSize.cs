using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Benchmarks.Corpus;

namespace NewsGen.Benchmarks.Measurement;

/// <summary>Bytes and words of each corpus a benchmark ran on, for the throughput columns.</summary>
internal static class CorpusSize
{
    private static readonly ConcurrentDictionary<string, (long Bytes, long Words)> Sizes = new();

    public static void Register(string corpus, IReadOnlyList<CorpusFile> files) =>
        Sizes[corpus] = (files.Sum(f => f.Bytes), files.Sum(f => Words(f.Text)));

    /// <summary>The size of <paramref name="corpus"/>, loading it if this process has not yet.</summary>
    public static (long Bytes, long Words) Of(string corpus)
    {
        if (!Sizes.ContainsKey(corpus))
        {
            Register(corpus, BenchmarkCorpus.Load(corpus));
        }

        return Sizes[corpus];
    }

    /// <summary>Whitespace-separated words, as a word processor counts them.</summary>
    public static long Words(string text)
    {
        long words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
            }

            inWord = !isSpace;
        }

        return words;
    }
}
