using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace NewsGen.Tests;

/// <summary>Paths into the repository and into the sibling <c>../shared</c> folder (present in CI, absent in a user's clone).</summary>
internal static class RepoPaths
{
    public static string Root { get; } = typeof(RepoPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string SeedFile => Path.Combine(Seeds, "000_bfda32527d1fa4f3.txt");

    /// <summary>The shared folder, or null when this clone has none.</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }
}
