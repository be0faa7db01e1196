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
}
