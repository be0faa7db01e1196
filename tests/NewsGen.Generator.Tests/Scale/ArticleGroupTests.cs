using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Scale;

/// <summary>
/// Articles are emitted in groups (one file per group), so the number of generated files stays bounded: Roslyn checks
/// every added file against the files added before it, on every run. What an edit re-emits must stay one group.
/// (Per-article steps, C# edits and adding or removing files are covered by Pipeline/IncrementalityTests.)
/// </summary>
public class ArticleGroupTests
{
    private static readonly TestArticle[] Many = Enumerable.Range(0, 300)
        .Select(i => new TestArticle($"/p/story-{i:000}.txt", $"---\nid: Story{i:000}\n---\nStory number {i}\n\nBody {i} with \"a quote,\" Ada Zed said.\n"))
        .ToArray();

    private static readonly Compilation Empty = GeneratorHarness.Compilation("Consumer", ["internal static class Code { }"]);

    [Fact]
    public void The_number_of_files_does_not_follow_the_number_of_articles()
    {
        var (driver, _) = Run();

        var sources = Sources(driver);

        Assert.True(sources.Count <= EmitUnits.GroupCount(Many.Length) + 5, $"{sources.Count} files for {Many.Length} articles");
        Assert.Equal(Many.Length, sources.Where(s => s.HintName.StartsWith("ArticleGroup.", System.StringComparison.Ordinal)).Sum(s => GeneratorRun.ArticleIdsIn(s.Text).Count()));
    }

    [Theory]
    [InlineData(0, 32)]
    [InlineData(256, 32)]
    [InlineData(257, 64)]
    [InlineData(1000, 128)]
    [InlineData(2217, 512)]
    [InlineData(20_000, 1024)]
    [InlineData(1_000_000, 1024)]
    public void Group_count_grows_in_powers_of_two_and_is_capped(int articles, int groups) =>
        Assert.Equal(groups, EmitUnits.GroupCount(articles));

    [Fact]
    public void Editing_a_body_reemits_its_group_only()
    {
        var (driver, texts) = Run();
        var before = Sources(driver);

        driver = driver.ReplaceAdditionalText(texts[7], new InMemoryAdditionalText(Many[7].Path, Many[7].Text.Replace("Body 7 ", "Body seven ", System.StringComparison.Ordinal))).RunGenerators(Empty);
        var changed = Sources(driver).Where(s => !before.Contains(s)).Select(s => s.HintName).ToList();

        var group = EmitUnits.Bucket(Many[7].Path, EmitUnits.GroupCount(Many.Length));
        Assert.Equal([$"ArticleGroup.{group:000}.g.cs"], changed);
        Assert.Single(StepReasons.Of(driver, TrackingNames.ArticleGroup), o => !StepReasons.Reused.Contains(o.Reason));
    }

    [Fact]
    public void Groups_without_articles_add_no_file()
    {
        var few = Many.Take(5).ToArray();
        var driver = GeneratorHarness.Driver(few).RunGenerators(Empty);

        var groups = Sources(driver).Count(s => s.HintName.StartsWith("ArticleGroup.", System.StringComparison.Ordinal));

        Assert.Equal(few.Select(a => EmitUnits.Bucket(a.Path, EmitUnits.GroupCount(few.Length))).Distinct().Count(), groups);
    }

    [Fact]
    public void The_index_names_each_group_that_holds_an_article_once_in_ascending_order()
    {
        var paths = Many.Take(40).Select(a => a.Path).ToList();

        var slots = EmitUnits.Slots(paths);

        Assert.Equal(slots.Select(s => s.Group).Distinct().OrderBy(g => g), EmitUnits.UsedGroups(paths));
        Assert.All(slots.GroupBy(s => s.Group), g => Assert.Equal(Enumerable.Range(0, g.Count()), g.Select(s => s.Slot)));
    }

    private static (GeneratorDriver Driver, IReadOnlyList<AdditionalText> Texts) Run()
    {
        var texts = GeneratorHarness.Texts(Many);
        return (GeneratorHarness.Driver(texts, TestOptionsProvider.For(Many)).RunGenerators(Empty), texts);
    }

    private static IReadOnlyList<(string HintName, string Text)> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
}
