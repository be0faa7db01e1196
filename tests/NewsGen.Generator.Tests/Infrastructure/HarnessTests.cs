using System.IO;
using Xunit.Sdk;

namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>The "zero warnings" checks are only worth something if the harness would see a warning.</summary>
public class HarnessTests
{
    [Fact]
    public void A_public_member_without_documentation_is_reported()
    {
        var compilation = Compiler.Compile(["namespace X { /// <summary>Documented.</summary>\npublic static class C { public static int Undocumented => 1; } }"]);

        Assert.Contains(Compiler.Problems(compilation), d => d.Id == "CS1591");
    }

    [Fact]
    public void A_nullable_warning_is_reported()
    {
        var compilation = Compiler.Compile(["internal static class C { public static int Length(string? s) => s.Length; }"]);

        Assert.Contains(Compiler.Problems(compilation), d => d.Id == "CS8602");
    }

    [Fact]
    public void A_missing_baseline_fails_and_leaves_the_received_file()
    {
        var directory = Directory.CreateTempSubdirectory("baselines").FullName;

        Assert.Throws<FailException>(() => Baseline.Verify("New", "generated\n", directory, update: false));

        Assert.Equal("generated\n", File.ReadAllText(Path.Combine(directory, "New.received.txt")));
        Assert.False(File.Exists(Path.Combine(directory, "New.txt")));
    }

    [Fact]
    public void A_different_baseline_fails_and_an_update_rewrites_it()
    {
        var directory = Directory.CreateTempSubdirectory("baselines").FullName;
        File.WriteAllText(Path.Combine(directory, "Old.txt"), "before\n");

        Assert.Throws<FailException>(() => Baseline.Verify("Old", "after\n", directory, update: false));
        Baseline.Verify("Old", "after\r\n", directory, update: true);
        Baseline.Verify("Old", "after\n", directory, update: false);

        Assert.Equal("after\n", File.ReadAllText(Path.Combine(directory, "Old.txt")));
        Assert.False(File.Exists(Path.Combine(directory, "Old.received.txt")));
    }
}
