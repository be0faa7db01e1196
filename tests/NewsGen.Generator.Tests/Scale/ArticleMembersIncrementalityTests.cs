using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Scale;

/// <summary>
/// The <c>Articles</c> properties and their documentation are generated per group of articles, apart from each
/// article's code. What an edit re-emits must stay local: a body edit only the article's file; a headline edit that
/// file and the properties of its one group; and no edit makes every group or every article re-render.
/// (The per-article steps, C# edits and adding or removing files are covered by Pipeline/IncrementalityTests.)
/// </summary>
public class ArticleMembersIncrementalityTests
{
    private static readonly TestArticle[] Many = Enumerable.Range(0, 40)
        .Select(i => new TestArticle($"/p/story-{i:00}.txt", $"---\nid: Story{i:00}\n---\nStory number {i}\n\nBody {i} with \"a quote,\" Ada Zed said.\n"))
        .ToArray();

    private static readonly Compilation Empty = GeneratorHarness.Compilation("Consumer", ["internal static class Code { }"]);

    [Fact]
    public void Editing_a_body_leaves_every_group_of_properties_cached()
    {
        var (driver, texts) = Run();

        driver = driver.ReplaceAdditionalText(texts[7], new InMemoryAdditionalText(Many[7].Path, Many[7].Text.Replace("Body 7", "Body seven", System.StringComparison.Ordinal))).RunGenerators(Empty);

        var members = StepReasons.Of(driver, TrackingNames.ArticleMembers);
        Assert.Equal(EmitUnits.Buckets, members.Count);
        Assert.All(members, o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    [Fact]
    public void Editing_a_headline_reemits_the_article_and_its_group_only()
    {
        var (driver, texts) = Run();
        var before = Sources(driver);

        driver = driver.ReplaceAdditionalText(texts[7], new InMemoryAdditionalText(Many[7].Path, Many[7].Text.Replace("Story number 7", "Story number seven", System.StringComparison.Ordinal))).RunGenerators(Empty);
        var changed = Sources(driver).Where(s => !before.Contains(s)).Select(s => s.HintName).Order(System.StringComparer.Ordinal).ToList();

        Assert.Equal([EmitUnits.MembersHintName(EmitUnits.Bucket(Many[7].Path)), "Articles.Story07.g.cs"], changed);
        var members = StepReasons.Of(driver, TrackingNames.ArticleMembers);
        Assert.Single(members, o => !StepReasons.Reused.Contains(o.Reason));
    }

    [Fact]
    public void Groups_without_articles_add_no_file()
    {
        var (driver, _) = Run();

        var groups = Sources(driver).Count(s => s.HintName.StartsWith("ArticleMembers.", System.StringComparison.Ordinal));

        Assert.Equal(Many.Select(a => EmitUnits.Bucket(a.Path)).Distinct().Count(), groups);
    }

    private static (GeneratorDriver Driver, IReadOnlyList<AdditionalText> Texts) Run()
    {
        var texts = GeneratorHarness.Texts(Many);
        return (GeneratorHarness.Driver(texts, TestOptionsProvider.For(Many)).RunGenerators(Empty), texts);
    }

    private static IReadOnlyList<(string HintName, string Text)> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
}
