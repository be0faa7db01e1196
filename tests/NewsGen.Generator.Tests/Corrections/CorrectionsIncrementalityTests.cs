using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Corrections;

/// <summary>
/// A corrections file is read once, in its own step: editing it extracts again only the articles it corrects, editing
/// an article does not read it again, and editing C# code re-runs nothing.
/// </summary>
public class CorrectionsIncrementalityTests
{
    private const string FerryPath = "/p/news/ferry.txt";

    private const string CorrectionsPath = "/p/news/newsgen.yml";

    private static readonly Compilation Empty = GeneratorHarness.Compilation("Consumer", ["internal static class Code { }"]);

    private static readonly TestArticle[] Files = CorrectedCorpus.Files();

    [Fact]
    public void Editing_the_corrections_file_extracts_again_only_the_articles_of_its_folder()
    {
        var (driver, texts) = Started();

        driver = Replace(driver, texts, CorrectionsPath, CorrectedCorpus.Corrections.Replace("[Mayoress]", "[Mayoress, Erik Sand]"));

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepReasons.Of(driver, TrackingNames.ReadCorrections)).Reason);
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(StepReasons.Of(driver, TrackingNames.CorpusCorrections)).Reason);
        var extracted = StepReasons.Of(driver, TrackingNames.ExtractArticle);
        Assert.Equal(2, extracted.Count);
        Assert.All(extracted, o => Assert.True(
            ((ExtractionResult)o.Value).Path == FerryPath ? o.Reason == IncrementalStepRunReason.Modified : StepReasons.Reused.Contains(o.Reason),
            $"{((ExtractionResult)o.Value).Path}: {o.Reason}"));
        var ferry = extracted.Select(o => (ExtractionResult)o.Value).Single(r => r.Path == FerryPath);
        Assert.DoesNotContain(ferry.Article!.People, p => p.Name == "Erik Sand");
    }

    [Fact]
    public void A_comment_added_to_the_corrections_file_extracts_nothing_again()
    {
        var (driver, texts) = Started();

        driver = Replace(driver, texts, CorrectionsPath, CorrectedCorpus.Corrections + "# checked by the desk\n");

        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(StepReasons.Of(driver, TrackingNames.ReadCorrections)).Reason);
        Assert.Equal(IncrementalStepRunReason.Cached, Assert.Single(StepReasons.Of(driver, TrackingNames.CorpusCorrections)).Reason);
        Assert.All(StepReasons.Of(driver, TrackingNames.ExtractArticle), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    [Fact]
    public void Editing_an_article_does_not_read_the_corrections_again()
    {
        var (driver, texts) = Started();

        driver = Replace(driver, texts, FerryPath, CorrectedCorpus.Ferry.Replace("the outer islands", "the northern islands"));

        Assert.All(StepReasons.Of(driver, TrackingNames.ReadCorrections), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(StepReasons.Of(driver, TrackingNames.CorpusCorrections), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        var extracted = StepReasons.Of(driver, TrackingNames.ExtractArticle);
        Assert.Equal(IncrementalStepRunReason.Modified, extracted.Single(o => ((ExtractionResult)o.Value).Path == FerryPath).Reason);
        Assert.Contains(extracted.Single(o => ((ExtractionResult)o.Value).Path != FerryPath).Reason, StepReasons.Reused);
    }

    [Fact]
    public void Editing_csharp_code_reruns_nothing()
    {
        var (driver, _) = Started();

        driver = driver.RunGenerators(Empty.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal static class More { }", GeneratorHarness.ParseOptions)));

        Assert.Contains(StepReasons.All(driver), o => o.Step == TrackingNames.ReadCorrections);
        Assert.All(StepReasons.All(driver), o => Assert.Contains(o.Reason, StepReasons.Reused));
    }

    private static (GeneratorDriver Driver, IReadOnlyList<AdditionalText> Texts) Started()
    {
        var texts = GeneratorHarness.Texts(Files);
        return (GeneratorHarness.Driver(texts, TestOptionsProvider.For(Files)).RunGenerators(Empty), texts);
    }

    private static GeneratorDriver Replace(GeneratorDriver driver, IReadOnlyList<AdditionalText> texts, string path, string text) =>
        driver.ReplaceAdditionalText(texts.Single(t => t.Path == path), new InMemoryAdditionalText(path, text)).RunGenerators(Empty);
}
