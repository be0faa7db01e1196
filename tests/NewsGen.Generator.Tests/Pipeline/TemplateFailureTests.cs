using System;
using System.Linq;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>A failing template becomes NG9002 for that file; the generator never throws into the compiler (CS8785).</summary>
public class TemplateFailureTests
{
    private static readonly TestArticle[] Articles =
    [
        new("/p/good.txt", "Good story\n\nBody.\n", Name: "Good"),
        new("/p/broken.txt", "Broken story\n\nBody.\n", Name: "Broken"),
    ];

    [Fact]
    public void A_failing_group_template_reports_NG9002_at_its_articles_and_keeps_the_other_groups()
    {
        var generator = new NewsGenGenerator(view => view is ArticleGroupView { Members: [{ Id: "Broken" }] } ? throw new InvalidOperationException("no_such_variable") : view.Render());

        var run = GeneratorHarness.Run(Articles, generator: generator);

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS8785");
        var failure = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NG9002");
        Assert.Equal("/p/broken.txt", failure.Location.GetLineSpan().Path);
        Assert.Contains("no_such_variable", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Good"], run.ArticleIds);
        Assert.Contains(run.Sources, s => s.HintName == "People.g.cs");
    }

    [Fact]
    public void A_failing_entities_template_reports_NG9002_for_each_entity_file_and_the_other_files_are_still_generated()
    {
        var generator = new NewsGenGenerator(view => view is EntitiesView ? throw new InvalidOperationException("no entities") : view.Render());

        var run = GeneratorHarness.Run(Articles, generator: generator);

        Assert.Null(run.Result.Exception);
        var failures = run.GeneratorDiagnostics.Where(d => d.Id == "NG9002").ToList();
        Assert.Equal(3, failures.Count);
        Assert.All(failures, f => Assert.Contains("Template 'Entities' failed: no entities", f.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(failures, f => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, f.Severity));
        string[] expected = ["ArticleGroup.008.g.cs", "ArticleGroup.016.g.cs", "NewsGen.Content.g.cs", "NewsGen.Index.g.cs"];
        Assert.Equal(expected, run.Sources.Select(s => s.HintName).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void The_templates_render_without_NG9002()
    {
        var run = GeneratorHarness.Run(Articles);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NG9002");
    }
}
