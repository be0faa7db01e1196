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
    public void A_failing_article_template_reports_NG9002_at_the_article_and_keeps_the_others()
    {
        var renderer = TemplateRenderer.Embedded.With(TemplateNames.Article, source => "{{ if Id == \"Broken\"; no_such_variable; end }}" + source);

        var run = GeneratorHarness.Run(Articles, generator: new NewsGenGenerator(renderer));

        Assert.Null(run.Result.Exception);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Id == "CS8785");
        var failure = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NG9002");
        Assert.Equal("/p/broken.txt", failure.Location.GetLineSpan().Path);
        Assert.Contains("no_such_variable", failure.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(["Article_Good"], run.ArticleClasses);
        Assert.DoesNotContain(run.ArticleFiles, f => f.Text.Contains("Broken", System.StringComparison.Ordinal));
        Assert.Contains(run.Sources, s => s.HintName == "People.g.cs");
    }

    [Fact]
    public void A_template_with_a_syntax_error_reports_NG9002_and_the_other_files_are_still_generated()
    {
        var renderer = TemplateRenderer.Embedded.With(TemplateNames.Quotes, _ => "{{ for x in }}");

        var run = GeneratorHarness.Run(Articles, generator: new NewsGenGenerator(renderer));

        Assert.Null(run.Result.Exception);
        var failure = Assert.Single(run.GeneratorDiagnostics, d => d.Id == "NG9002");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, failure.Severity);
        string[] expected = ["ArticleGroup.008.g.cs", "ArticleGroup.016.g.cs", "Articles.g.cs", "Events.g.cs", "NewsGen.Types.g.cs", "Organizations.g.cs", "People.g.cs", "Places.g.cs"];
        Assert.Equal(expected, run.Sources.Select(s => s.HintName).Order(System.StringComparer.Ordinal));
    }

    [Fact]
    public void Embedded_templates_render_without_NG9002()
    {
        var run = GeneratorHarness.Run(Articles);

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "NG9002");
    }
}
