using System;
using System.Collections;
using System.Collections.Generic;
using System.Threading;

namespace NewsGen.Runtime;

/// <summary>A read-only list built on first use, so navigating the model materializes only what is reached.</summary>
internal sealed class LazyList<T>(Func<T[]> create) : IReadOnlyList<T>
{
    private T[]? _items;

    private T[] Items => LazyInitializer.EnsureInitialized(ref _items, create);

    public int Count => Items.Length;

    public T this[int index] => Items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
