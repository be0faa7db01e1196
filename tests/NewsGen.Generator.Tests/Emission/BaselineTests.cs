using System.Linq;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>Snapshots of generated files (Baselines/*.txt); rerun with NEWSGEN_UPDATE_BASELINES=1 after an intended change.</summary>
public class BaselineTests
{
    private static readonly System.Collections.Generic.IReadOnlyList<(string HintName, string Text)> RichFiles =
        ModelEmission.Render([Models.Rich(), Models.Article("/project/articles/second.txt", "Second", title: "Second story")]);

    [Theory]
    [InlineData("NewsGen.Content.g.cs")]
    [InlineData("NewsGen.Index.g.cs")]
    [InlineData("People.g.cs")]
    [InlineData("Organizations.g.cs")]
    [InlineData("Places.g.cs")]
    public void Rich_corpus(string hintName) =>
        Baseline.Verify("Rich." + hintName.Replace(".g.cs", string.Empty), RichFiles.Single(f => f.HintName == hintName).Text);

    [Fact]
    public void Rich_article_with_its_property_in_its_group_file() =>
        Baseline.Verify("Rich.ArticleGroup.HarborSummit", RichFiles.Single(f => f.HintName.StartsWith("ArticleGroup.", System.StringComparison.Ordinal) && f.Text.Contains(" HarborSummit =>", System.StringComparison.Ordinal)).Text);

    [Fact]
    public void Front_matter_article_through_the_generator()
    {
        var run = GeneratorHarness.Run(
            [new TestArticle("/project/seeds/talks.txt", "---\nid: HarborTalks\npublished: 2024-03-15\nsource: The Coastal Times\n---\nTalks open in the harbor\n\nDelegates met on Friday.\n")],
            globalOptions: new System.Collections.Generic.Dictionary<string, string>
            {
                ["build_property.RootNamespace"] = "Harbor.App",
                ["build_property.ProjectDir"] = "/project/",
            });

        Assert.Empty(run.Problems);
        Baseline.Verify("FrontMatter.Articles.HarborTalks", run.ArticleFile("HarborTalks"));
    }
}
