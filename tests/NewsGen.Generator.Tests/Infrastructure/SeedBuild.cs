using System;
using System.IO;
using System.Reflection;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>
/// The seed article compiled once with two small companions (so lookups have something to tell apart) and loaded;
/// shared by every test that reads the seed through the generated API.
/// </summary>
internal static class SeedBuild
{
    private static readonly Lazy<Assembly> Loaded = new(() =>
    {
        var run = GeneratorHarness.Run(
        [
            new TestArticle(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile)),
            new TestArticle("/p/second.txt", "---\nid: Second\n---\nSecond story\n\nBody.\n"),
            new TestArticle("/p/third.txt", "---\nid: Third\n---\nThird story\n\nBody.\n"),
        ]);
        Assert.Empty(run.Problems);
        return Compiler.Load(run.Output);
    });

    public static Assembly Assembly => Loaded.Value;
}
