using System.Linq;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Analyzers;

/// <summary>A command-line build runs the generator and the analyzer; every content problem must come out once.</summary>
public class ReportedOnceTests
{
    [Fact]
    public void Generator_and_analyzer_together_report_each_content_problem_exactly_once_and_still_generate_the_good_articles()
    {
        TestArticle[] articles =
        [
            new("/p/a-empty.txt", "  \n"),
            new("/p/b-binary.txt", "PNG\0\u0001"),
            new("/p/c-quotes.txt", "Harbour vote\n\nThe mayor said \u201cwe will build it.\n"),
            new("/p/d-front.txt", "---\npublished: soon\nfoo: 1\n---\nHarbour vote\n\nThe council voted.\n"),
            new("/p/e-good.txt", "Council approves harbour plan\n\nThe council approved the plan.\n"),
            new("/p/f-dup.txt", "---\nid: Vote\n---\nFirst\n"),
            new("/p/g-dup.txt", "---\nid: Vote\n---\nSecond\n"),
        ];

        var run = GeneratorHarness.Run(articles);
        var analyzer = AnalyzerHarness.Analyze(run.Output, articles);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id.StartsWith("NG", System.StringComparison.Ordinal));
        var all = run.GeneratorDiagnostics.Concat(analyzer).Where(d => d.Id.StartsWith("NG", System.StringComparison.Ordinal)).ToList();
        Assert.Subset(
            all.Select(d => d.Id).ToHashSet(),
            new[] { "NG0001", "NG4002", "NG3001", "NG3002", "NG2001" }.ToHashSet());
        Assert.All(all.GroupBy(d => (d.Id, AnalyzerHarness.Start(d))), group => Assert.Single(group));
        Assert.Contains(run.Sources, s => s.Text.Contains("Council approves harbour plan", System.StringComparison.Ordinal));
    }
}
