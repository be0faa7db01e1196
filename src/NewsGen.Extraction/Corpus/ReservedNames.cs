using System.Collections.Generic;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// Names an article or entity property must not take, because the generated static class already has a member of
/// that name, is itself of that name, or would hide a member inherited from <see cref="object"/>.
/// </summary>
internal static class ReservedNames
{
    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize"];

    /// <summary>Members of the generated <c>Articles</c> class.</summary>
    public static IReadOnlyList<string> Articles { get; } = [.. ObjectMembers, "Articles", "All", "TryGet", "BySlug"];

    /// <summary>Members of the generated <c>People</c> class.</summary>
    public static IReadOnlyList<string> People { get; } = [.. ObjectMembers, "People", "All", "Find", "Get"];

    /// <summary>Members of the generated <c>Organizations</c> class.</summary>
    public static IReadOnlyList<string> Organizations { get; } = [.. ObjectMembers, "Organizations", "All", "Find", "Get"];

    /// <summary>Members of the generated <c>Places</c> class.</summary>
    public static IReadOnlyList<string> Places { get; } = [.. ObjectMembers, "Places", "All", "Find", "Get"];
}
