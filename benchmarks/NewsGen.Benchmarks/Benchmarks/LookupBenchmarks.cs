using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Benchmarks.Harness;

namespace NewsGen.Benchmarks.Benchmarks;

/// <summary>
/// The generated lookups (<c>Articles.TryGet</c>: a switch on the id; <c>People.Find</c>: a switch on the upper-cased
/// name) against a plain <see cref="Dictionary{TKey, TValue}"/> over the same keys. Each invocation looks up
/// <see cref="Keys"/> keys, three quarters hits and one quarter misses; times are per lookup.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private const int Keys = 64;

    private CompiledCorpus _compiled = null!;
    private string[] _ids = [];
    private string[] _names = [];
    private Dictionary<string, object> _articlesById = [];
    private Dictionary<string, object> _peopleByName = [];

    [ParamsSource(nameof(Corpora))]
    public string Corpus { get; set; } = BenchmarkCorpus.Synthetic(100);

    public static IEnumerable<string> Corpora() => [BenchmarkCorpus.Synthetic(100), BenchmarkCorpus.Realistic];

    [GlobalSetup]
    public void Setup()
    {
        _compiled = CompiledCorpus.Build(Corpus);
        _articlesById = _compiled.ArticleIds.ToDictionary(id => id, id => _compiled.TryGet(id)!, StringComparer.Ordinal);
        _peopleByName = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, person) in _compiled.PersonKeys)
        {
            _peopleByName.TryAdd(key, person);
        }

        _ids = Sample(_compiled.ArticleIds, "NoSuchArticle");
        _names = Sample(_compiled.PersonKeys.Select(k => k.Key).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), "Nobody Atall");
    }

    [Benchmark(OperationsPerInvoke = Keys)]
    public int ArticlesTryGet() => Count(_ids, _compiled.TryGet);

    [Benchmark(OperationsPerInvoke = Keys)]
    public int ArticlesDictionary() => Count(_ids, id => _articlesById.GetValueOrDefault(id));

    [Benchmark(OperationsPerInvoke = Keys)]
    public int PeopleFind() => Count(_names, _compiled.Find);

    [Benchmark(OperationsPerInvoke = Keys)]
    public int PeopleDictionary() => Count(_names, name => _peopleByName.GetValueOrDefault(name));

    private static int Count(string[] keys, Func<string, object?> lookup)
    {
        var found = 0;
        foreach (var key in keys)
        {
            if (lookup(key) is not null)
            {
                found++;
            }
        }

        return found;
    }

    /// <summary><see cref="Keys"/> keys spread evenly over <paramref name="all"/>; every fourth is a miss.</summary>
    private static string[] Sample(string[] all, string miss) =>
        Enumerable.Range(0, Keys).Select(i => i % 4 == 3 || all.Length == 0 ? miss + i : all[(int)((long)i * all.Length / Keys)]).ToArray();
}
