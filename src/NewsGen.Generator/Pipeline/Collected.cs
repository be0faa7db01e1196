using System.Collections.Immutable;

namespace NewsGen.Generator.Pipeline;

/// <summary>
/// A collected batch as an object, to combine with a single value: equal only to itself, as the array it holds is, so
/// the pipeline's caching is the same as with the array.
/// </summary>
internal sealed class Collected<T>(ImmutableArray<T> items)
{
    public ImmutableArray<T> Items { get; } = items;
}
