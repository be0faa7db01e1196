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
        var renderer = TemplateRenderer.Embedded.With(TemplateNames.ArticleGroup, source => "{{ if Members[0].Id == \"Broken\"; no_such_variable; end }}" + source);

        var run = GeneratorHarness.Run(Articles, generator: new NewsGenGenerator(renderer));

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS8785");
        var failure = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NG9002");
        Assert.Equal("/p/broken.txt", failure.Location.GetLineSpan().Path);
        Assert.Contains("no_such_variable", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Good"], run.ArticleIds);
        Assert.Contains(run.Sources, s => s.HintName == "People.g.cs");
    }

    [Fact]
    public void A_template_with_a_syntax_error_reports_NG9002_and_the_other_files_are_still_generated()
    {
        var renderer = TemplateRenderer.Embedded.With(TemplateNames.Entities, _ => "{{ for x in }}");

        var run = GeneratorHarness.Run(Articles, generator: new NewsGenGenerator(renderer));

        Assert.Null(run.Result.Exception);
        var failures = run.GeneratorDiagnostics.Where(d => d.Id == "NG9002").ToList();
        Assert.Equal(3, failures.Count);
        Assert.All(failures, f => Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, f.Severity));
        string[] expected = ["ArticleGroup.008.g.cs", "ArticleGroup.016.g.cs", "NewsGen.Content.g.cs", "NewsGen.Index.g.cs"];
        Assert.Equal(expected, run.Sources.Select(s => s.HintName).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Embedded_templates_render_without_NG9002()
    {
        var run = GeneratorHarness.Run(Articles);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NG9002");
    }
}
