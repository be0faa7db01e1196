using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Text;

/// <summary>
/// Strings mapped to values and looked up by a range of a text, compared in place rather than cut out: the buckets
/// are <see cref="StableHash"/>es of the keys. Word lists and known names are asked about every word of an article.
/// Entries are objects and hashes ints so the dictionary shares code the runtime already has (a value type in it is
/// JIT-compiled anew in every compiler process).
/// </summary>
internal sealed class TextRangeMap<TValue>
{
    // Each bucket is a chain of its entries: most buckets hold one key, and a list per key cost two more objects.
    private readonly Dictionary<int, Entry> _buckets;
    private readonly bool _ignoreCase;

    /// <param name="ignoreCase">Whether keys match in any case (ordinal, case-insensitive).</param>
    /// <param name="capacity">How many keys are expected: a map made for each article is sized once instead of grown.</param>
    public TextRangeMap(bool ignoreCase = false, int capacity = 0)
    {
        _ignoreCase = ignoreCase;
        _buckets = new Dictionary<int, Entry>(capacity);
    }

    /// <summary>The value of the key equal to <c>text[start..start+length)</c>.</summary>
    public bool TryGetValue(string text, int start, int length, out TValue value)
    {
        var entry = Find(text, start, length, Hash(text, start, length));
        value = entry is null ? default! : entry.Value;
        return entry is not null;
    }

    /// <summary>The value of <paramref name="key"/>.</summary>
    public bool TryGetValue(string key, out TValue value) => TryGetValue(key, 0, key.Length, out value);

    /// <summary>The value of <paramref name="key"/>, added from <paramref name="create"/> when the key is new; a known key keeps its first value.</summary>
    public TValue GetOrAdd(string key, Func<TValue> create)
    {
        var hash = Hash(key, 0, key.Length);
        if (Find(key, 0, key.Length, hash) is { } entry)
        {
            return entry.Value;
        }

        var value = create();
        Add(hash, key, value);
        return value;
    }

    /// <summary>Maps <paramref name="key"/> to <paramref name="value"/>, replacing any earlier value.</summary>
    public void Set(string key, TValue value)
    {
        var hash = Hash(key, 0, key.Length);
        if (Find(key, 0, key.Length, hash) is { } entry)
        {
            entry.Value = value;
        }
        else
        {
            Add(hash, key, value);
        }
    }

    private Entry? Find(string text, int start, int length, int hash)
    {
        _buckets.TryGetValue(hash, out var entry);
        var comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        for (; entry is not null; entry = entry.Next)
        {
            if (entry.Key.Length == length && string.Compare(text, start, entry.Key, 0, length, comparison) == 0)
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>Appends a new key to the end of its bucket's chain, so keys of one bucket are compared in the order added.</summary>
    private void Add(int hash, string key, TValue value)
    {
        var added = new Entry(key, value);
        if (!_buckets.TryGetValue(hash, out var entry))
        {
            _buckets[hash] = added;
            return;
        }

        while (entry.Next is not null)
        {
            entry = entry.Next;
        }

        entry.Next = added;
    }

    private int Hash(string text, int start, int length) =>
        unchecked((int)(_ignoreCase ? StableHash.OfIgnoringCase(text, start, length) : StableHash.Of(text, start, length)));

    private sealed class Entry(string key, TValue value)
    {
        public string Key { get; } = key;

        public TValue Value { get; set; } = value;

        public Entry? Next { get; set; }
    }
}
