using System.IO;

namespace NewsGen.Tests;

/// <summary>
/// A fact that needs a path under <c>../shared</c> (corpora, gold, scorer). Where the clone has no such folder the
/// test is reported as skipped with the reason, never silently passed.
/// </summary>
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relativePath)
    {
        var shared = RepoPaths.Shared;
        if (shared is null || !(File.Exists(Path.Combine(shared, relativePath)) || Directory.Exists(Path.Combine(shared, relativePath))))
        {
            Skip = $"../shared/{relativePath} is not present in this clone (CI has it)";
        }
    }
}
