using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Text;

/// <summary>
/// Strings mapped to values and looked up by a range of a text, compared in place rather than cut out: the buckets
/// are <see cref="StableHash"/>es of the keys. Word lists and known names are asked about every word of an article.
/// Entries are objects and hashes ints so the lists and dictionary share code the runtime already has (a value type
/// in them is JIT-compiled anew in every compiler process).
/// </summary>
internal sealed class TextRangeMap<TValue>
{
    private readonly Dictionary<int, List<Entry>> _buckets = new();
    private readonly bool _ignoreCase;

    /// <param name="ignoreCase">Whether keys match in any case (ordinal, case-insensitive).</param>
    public TextRangeMap(bool ignoreCase = false) => _ignoreCase = ignoreCase;

    /// <summary>The value of the key equal to <c>text[start..start+length)</c>.</summary>
    public bool TryGetValue(string text, int start, int length, out TValue value)
    {
        if (_buckets.TryGetValue(Hash(text, start, length), out var bucket))
        {
            var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (var entry in bucket)
            {
                if (entry.Key.Length == length && string.Compare(text, start, entry.Key, 0, length, comparison) == 0)
                {
                    value = entry.Value;
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }

    /// <summary>The value of <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out TValue value) => TryGetValue(key, 0, key.Length, out value);

    /// <summary>The value of <paramref name="key"/>, added from <paramref name="create"/> when the key is new; a known key keeps its first value.</summary>
    public TValue GetOrAdd(string key, Func<TValue> create)
    {
        if (TryGetValue(key, out var value))
        {
            return value;
        }

        value = create();
        BucketOf(key).Add(new Entry(key, value));
        return value;
    }

    /// <summary>Maps <paramref name="key"/> to <paramref name="value"/>, replacing any earlier value.</summary>
    public void Set(string key, TValue value)
    {
        var bucket = BucketOf(key);
        var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (var entry in bucket)
        {
            if (string.Equals(entry.Key, key, comparison))
            {
                entry.Value = value;
                return;
            }
        }

        bucket.Add(new Entry(key, value));
    }

    private List<Entry> BucketOf(string key)
    {
        var hash = Hash(key, 0, key.Length);
        if (!_buckets.TryGetValue(hash, out var bucket))
        {
            _buckets[hash] = bucket = new List<Entry>(1);
        }

        return bucket;
    }

    private int Hash(string text, int start, int length) =>
        unchecked((int)(_ignoreCase ? StableHash.OfIgnoringCase(text, start, length) : StableHash.Of(text, start, length)));

    private sealed class Entry(string key, TValue value)
    {
        public string Key { get; } = key;

        public TValue Value { get; set; } = value;
    }
}
