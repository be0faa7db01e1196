using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Metadata;

/// <summary>The schema is read from C# through one cached step: changing it re-emits every article, other C# edits nothing.</summary>
public class SchemaIncrementalityTests
{
    private static readonly TestArticle[] Articles =
    [
        new("/p/alpha.txt", "---\nsummary: First\n---\nAlpha story\n\nFirst body.\n"),
        new("/p/beta.txt", "Beta story\n\nSecond body.\n"),
    ];

    private static readonly SyntaxTree Schema = Tree("[NewsGen.Model.ArticleMetadata] internal sealed record Meta(string? Summary);");

    private static readonly Compilation Project = GeneratorHarness.Compilation("Consumer", []).AddSyntaxTrees(Schema, Tree("internal static class Code { }"));

    [Fact]
    public void Changing_the_schema_type_re_emits_every_group()
    {
        var driver = GeneratorHarness.Driver(Articles).RunGenerators(Project);

        driver = driver.RunGenerators(Project.ReplaceSyntaxTree(Schema, Tree("[NewsGen.Model.ArticleMetadata] internal sealed record Meta(string? Summary, int Rank = 0);")));

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepReasons.Of(driver, TrackingNames.MetadataSchema)).Reason);
        var groups = StepReasons.Of(driver, TrackingNames.ArticleGroup);
        Assert.Equal(EmitUnits.GroupCount(Articles.Length), groups.Count);
        Assert.All(groups, g => Assert.Equal(IncrementalStepRunReason.Modified, g.Reason));
        Assert.All(StepReasons.Of(driver, TrackingNames.ExtractArticle), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    [Fact]
    public void Editing_an_unrelated_csharp_file_reruns_nothing_after_the_schema_step()
    {
        var driver = GeneratorHarness.Driver(Articles).RunGenerators(Project);
        var code = Project.SyntaxTrees.Last();

        driver = driver.RunGenerators(Project.ReplaceSyntaxTree(code, Tree("internal static class Code { public static int Answer => 42; }")));

        Assert.All(StepReasons.All(driver), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    [Fact]
    public void Editing_the_schema_file_without_changing_the_schema_re_emits_nothing()
    {
        var driver = GeneratorHarness.Driver(Articles).RunGenerators(Project);

        driver = driver.RunGenerators(Project.ReplaceSyntaxTree(Schema, Tree("// The front matter of the articles.\n[NewsGen.Model.ArticleMetadata] internal sealed record Meta(string? Summary);")));

        Assert.All(StepReasons.Of(driver, TrackingNames.MetadataSchema), o => Assert.Contains(o.Reason, StepReasons.Reused));
        Assert.All(StepReasons.Of(driver, TrackingNames.ArticleGroup), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    private static SyntaxTree Tree(string code) => CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions);
}
