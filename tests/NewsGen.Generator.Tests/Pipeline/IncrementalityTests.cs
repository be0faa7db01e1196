using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>
/// The generator runs inside every keystroke of the IDE: unchanged input must come from the cache, and an edit to one
/// article must re-run only that article's steps and re-emit only the file of its group (plus the indexes).
/// </summary>
public class IncrementalityTests
{
    private static readonly TestArticle[] Articles =
    [
        new("/p/alpha.txt", "Alpha story\n\nFirst body.\n"),
        new("/p/beta.txt", "Beta story\n\nSecond body.\n"),
        new("/p/gamma.txt", "---\nid: Gamma\n---\nGamma story\n\nThird body.\n"),
    ];

    private static readonly string[] PerArticleSteps = [TrackingNames.ReadArticle, TrackingNames.ExtractArticle];

    private static readonly Compilation Empty = GeneratorHarness.Compilation("Consumer", ["internal static class Code { }"]);

    [Fact]
    public void Every_step_is_tracked()
    {
        var withSchema = Empty.AddSyntaxTrees(CSharpSyntaxTree.ParseText("[NewsGen.Model.ArticleMetadata] internal sealed record Meta(string? Summary);", GeneratorHarness.ParseOptions));
        var driver = GeneratorHarness.Driver([.. Articles, TestArticle.Corrections("/p/newsgen.yml", "corrections:\n  suppress: [Nobody]\n")]).RunGenerators(withSchema);

        var steps = StepReasons.All(driver).Select(o => o.Step).Distinct().ToList();

        Assert.All(
            typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!),
            name => Assert.Contains(name, steps));
    }

    [Fact]
    public void Second_run_without_changes_is_all_cached()
    {
        var driver = GeneratorHarness.Driver(Articles).RunGenerators(Empty).RunGenerators(Empty);

        Assert.All(StepReasons.All(driver), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    [Fact]
    public void Editing_csharp_code_is_all_cached()
    {
        var driver = GeneratorHarness.Driver(Articles).RunGenerators(Empty);
        var edited = Empty.ReplaceSyntaxTree(
            Empty.SyntaxTrees.Single(),
            CSharpSyntaxTree.ParseText("internal static class Code { public static int Answer => 42; }", GeneratorHarness.ParseOptions));

        driver = driver.RunGenerators(edited.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class More { }", GeneratorHarness.ParseOptions)));

        Assert.All(StepReasons.All(driver), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    [Fact]
    public void Editing_one_article_reruns_only_that_article()
    {
        var texts = GeneratorHarness.Texts(Articles);
        var driver = GeneratorHarness.Driver(texts, TestOptionsProvider.For(Articles)).RunGenerators(Empty);

        driver = driver.ReplaceAdditionalText(texts[1], new InMemoryAdditionalText("/p/beta.txt", "Beta story\n\nSecond body, edited.\n")).RunGenerators(Empty);

        foreach (var step in PerArticleSteps)
        {
            var outputs = StepReasons.Of(driver, step);
            Assert.Equal(3, outputs.Count);
            Assert.All(outputs, o => Assert.Equal(PathOf(o.Value) == "/p/beta.txt" ? IncrementalStepRunReason.Modified : Reused(o.Reason), o.Reason));
        }

        var groups = StepReasons.Of(driver, TrackingNames.ArticleGroup);
        Assert.Equal(EmitUnits.GroupCount(3), groups.Count);
        var rerun = Assert.Single(groups, o => !StepReasons.Reused.Contains(o.Reason));
        Assert.Contains("/p/beta.txt", Paths(rerun.Value));
        Assert.All(StepReasons.Of(driver, TrackingNames.IndexUnit), o => Assert.Contains(o.Reason, StepReasons.Reused));
        Assert.All(StepReasons.Of(driver, TrackingNames.EntityClassUnit), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    [Fact]
    public void Editing_text_that_names_no_new_entity_skips_the_corpus_wide_pass()
    {
        var texts = GeneratorHarness.Texts(Articles);
        var driver = GeneratorHarness.Driver(texts, TestOptionsProvider.For(Articles)).RunGenerators(Empty);

        driver = driver.ReplaceAdditionalText(texts[1], new InMemoryAdditionalText("/p/beta.txt", "Beta story\n\nSecond body, edited at length.\n")).RunGenerators(Empty);

        var footprints = StepReasons.Of(driver, TrackingNames.ArticleFootprint);
        Assert.Equal(3, footprints.Count);
        Assert.All(footprints, o => Assert.Contains(o.Reason, StepReasons.Reused));
        Assert.All(StepReasons.Of(driver, TrackingNames.BuildCorpusIndex), o => Assert.Contains(o.Reason, StepReasons.Reused));
        Assert.All(StepReasons.Of(driver, TrackingNames.BuildCorpus), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void Naming_a_new_person_runs_the_corpus_wide_pass_and_reemits_the_people_index()
    {
        var texts = GeneratorHarness.Texts(Articles);
        var driver = GeneratorHarness.Driver(texts, TestOptionsProvider.For(Articles)).RunGenerators(Empty);

        driver = driver.ReplaceAdditionalText(texts[1], new InMemoryAdditionalText("/p/beta.txt", "Beta story\n\nSecond body, said Maria Lopez, the mayor.\n")).RunGenerators(Empty);

        Assert.Single(StepReasons.Of(driver, TrackingNames.ArticleFootprint), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(StepReasons.Of(driver, TrackingNames.BuildCorpusIndex), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        var people = Assert.Single(StepReasons.Of(driver, TrackingNames.EntityClassUnit), o => ((EntityClassUnit)o.Value).Class == EntityClass.People);
        Assert.Equal(IncrementalStepRunReason.Modified, people.Reason);
        Assert.Contains(((EntityClassUnit)people.Value).Entities, p => p.Id == "MariaLopez");
        Assert.All(StepReasons.Of(driver, TrackingNames.IndexUnit), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
    }

    [Fact]
    public void Editing_one_article_reemits_only_its_file()
    {
        var texts = GeneratorHarness.Texts(Articles);
        var driver = GeneratorHarness.Driver(texts, TestOptionsProvider.For(Articles)).RunGenerators(Empty);
        var before = Sources(driver);

        driver = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText("/p/alpha.txt", "Alpha story\n\nFirst body, edited.\n")).RunGenerators(Empty);
        var after = Sources(driver);

        var changed = Assert.Single(after, s => !before.Contains(s));
        Assert.StartsWith("ArticleGroup.", changed.HintName);
        Assert.Contains("First body, edited.", changed.Text);
    }

    [Fact]
    public void Renaming_an_article_reemits_the_index_but_no_entity_class()
    {
        var texts = GeneratorHarness.Texts(Articles);
        var driver = GeneratorHarness.Driver(texts, TestOptionsProvider.For(Articles)).RunGenerators(Empty);

        driver = driver.ReplaceAdditionalText(texts[2], new InMemoryAdditionalText("/p/gamma.txt", "---\nid: Renamed\n---\nGamma story\n\nThird body.\n")).RunGenerators(Empty);

        Assert.All(StepReasons.Of(driver, TrackingNames.IndexUnit), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.All(StepReasons.Of(driver, TrackingNames.EntityClassUnit), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    [Fact]
    public void Adding_and_removing_a_file_leaves_the_others_cached()
    {
        var delta = new TestArticle("/p/delta.txt", "Delta story\n\nFourth body.\n");
        var deltaText = new InMemoryAdditionalText(delta.Path, delta.Text);
        var driver = GeneratorHarness.Driver(Articles, laterArticles: [delta]).RunGenerators(Empty);

        driver = driver.AddAdditionalTexts([deltaText]).RunGenerators(Empty);
        AssertOthersReused(driver, delta.Path, IncrementalStepRunReason.New);

        driver = driver.RemoveAdditionalTexts([deltaText]).RunGenerators(Empty);
        AssertOthersReused(driver, delta.Path, IncrementalStepRunReason.Removed);
    }

    [Fact]
    public void Adding_a_file_reemits_only_its_group()
    {
        var many = Enumerable.Range(0, 64).Select(i => new TestArticle($"/p/story-{i:00}.txt", $"Story {i}\n\nBody {i}.\n")).ToArray();
        var added = new TestArticle("/p/story-31b.txt", "Inserted story\n\nBody.\n");
        var driver = GeneratorHarness.Driver(many, laterArticles: [added]).RunGenerators(Empty);

        driver = driver.AddAdditionalTexts([new InMemoryAdditionalText(added.Path, added.Text)]).RunGenerators(Empty);

        var rerun = Assert.Single(StepReasons.Of(driver, TrackingNames.ArticleGroup), o => !StepReasons.Reused.Contains(o.Reason));
        Assert.Contains(added.Path, Paths(rerun.Value));
        Assert.Equal(EmitUnits.GroupCount(many.Length), EmitUnits.GroupCount(many.Length + 1));
    }

    [Fact]
    public void Changing_the_namespace_does_not_extract_again()
    {
        var driver = GeneratorHarness.Driver(Articles).RunGenerators(Empty);

        driver = driver.WithUpdatedAnalyzerConfigOptions(TestOptionsProvider.For(Articles, new Dictionary<string, string> { ["build_property.NewsGenNamespace"] = "Other.Space" })).RunGenerators(Empty);

        Assert.All(StepReasons.Of(driver, TrackingNames.ExtractArticle), o => Assert.Contains(o.Reason, StepReasons.Reused));
        Assert.All(StepReasons.Of(driver, TrackingNames.BuildCorpusIndex), o => Assert.Contains(o.Reason, StepReasons.Reused));
        Assert.All(StepReasons.Of(driver, TrackingNames.BuildCorpus), o => Assert.Contains(o.Reason, StepReasons.Reused));
        Assert.All(StepReasons.Of(driver, TrackingNames.ArticleGroup), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
    }

    /// <summary>
    /// The per-file steps of every other article are served from the cache; only the group of the changed file is
    /// emitted again.
    /// </summary>
    private static void AssertOthersReused(GeneratorDriver driver, string path, IncrementalStepRunReason reason)
    {
        foreach (var step in new[] { TrackingNames.ReadArticle, TrackingNames.ExtractArticle })
        {
            var outputs = StepReasons.Of(driver, step);
            Assert.Equal(4, outputs.Count);
            Assert.All(outputs, o => Assert.Equal(PathOf(o.Value) == path ? reason : Reused(o.Reason), o.Reason));
        }

        var groups = StepReasons.Of(driver, TrackingNames.ArticleGroup);
        Assert.All(groups.Where((_, i) => i != EmitUnits.Bucket(path, groups.Count)), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    /// <summary>The reason itself when it is one of the reused kinds, so Assert.Equal reports the real reason otherwise.</summary>
    private static IncrementalStepRunReason Reused(IncrementalStepRunReason actual) =>
        StepReasons.Reused.Contains(actual) ? actual : IncrementalStepRunReason.Cached;

    private static string PathOf(object value) =>
        value switch
        {
            ArticleSource source => source.Path,
            ExtractionResult result => result.Path,
            _ => throw new System.InvalidOperationException(value.GetType().Name),
        };

    /// <summary>The articles of a group.</summary>
    private static IReadOnlyList<string> Paths(object group) =>
        ((ArticleGroupUnit)group).Articles.Select(a => a.Article.Article.SourcePath).ToList();

    private static IReadOnlyList<(string HintName, string Text)> Sources(GeneratorDriver driver) =>
        driver.GetRunResult().Results.Single().GeneratedSources.Select(s => (s.HintName, s.SourceText.ToString())).ToList();
}
