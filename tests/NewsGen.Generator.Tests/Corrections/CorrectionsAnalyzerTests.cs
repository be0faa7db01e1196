using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NewsGen.Generator.Analyzers;
using NewsGen.Generator.Tests.Analyzers;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Corrections;

/// <summary>
/// Problems of a corpus-wide corrections file are reported by the content analyzer in that file, at the line and
/// column of the correction (zero-based here), judged against the articles of its folder.
/// </summary>
public class CorrectionsAnalyzerTests
{
    private const string Yml = "/p/news/newsgen.yml";

    private static Diagnostic[] InCorrections(string corrections) =>
        AnalyzerHarness.Run(Corpus(corrections)).Where(d => d.Location.GetLineSpan().Path == Yml).ToArray();

    private static TestArticle[] Corpus(string corrections) =>
        [.. CorrectedCorpus.Files().Where(f => !f.IsCorrections), TestArticle.Corrections(Yml, corrections)];

    [Fact]
    public void The_corrections_that_all_apply_report_nothing()
    {
        Assert.DoesNotContain(AnalyzerHarness.Run(CorrectedCorpus.Files()), d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Invalid_yaml_is_an_error_at_its_position()
    {
        var error = Assert.Single(InCorrections("corrections:\n  suppress: [Mayoress\n  merge: {\n"));

        Assert.Equal(("NG3005", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.StartsWith("Invalid corrections: ", error.GetMessage());
        Assert.Equal((Yml, 1, 12), AnalyzerHarness.Start(error));
    }

    [Fact]
    public void An_unknown_kind_of_correction_is_an_error_at_its_key()
    {
        var error = Assert.Single(InCorrections("corrections:\n  suppress: [Mayoress]\n  rename:\n    Lars Moe: Lars Moen\n"));

        Assert.Equal("NG3005", error.Id);
        Assert.Equal((Yml, 2, 2), AnalyzerHarness.Start(error));
    }

    [Fact]
    public void A_correction_that_matches_nothing_in_its_folder_is_a_warning_at_its_target()
    {
        // Lindholm Strand is a person of the other folder, which this file does not correct.
        var warning = Assert.Single(InCorrections("corrections:\n  suppress:\n    - Mayoress\n    - Lindholm Strand\n"));

        Assert.Equal(("NG3006", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Equal("The correction suppress 'Lindholm Strand' matches nothing", warning.GetMessage());
        Assert.Equal((Yml, 3, 6), AnalyzerHarness.Start(warning));
    }

    [Fact]
    public void A_speaker_who_is_not_in_the_article_is_a_warning_at_the_quote()
    {
        var warning = Assert.Single(InCorrections("corrections:\n  speakers:\n    \"Nobody consulted\": Ola Nordmann\n"));

        Assert.Equal("NG3008", warning.Id);
        Assert.Contains("'Ola Nordmann' is not a person or organization of the article", warning.GetMessage());
        Assert.Equal((Yml, 2, 4), AnalyzerHarness.Start(warning));
    }

    [Fact]
    public void A_conflicting_correction_is_a_warning_at_the_later_one_pointing_at_the_earlier()
    {
        var warning = Assert.Single(InCorrections("corrections:\n  suppress: [Mayoress]\n  names:\n    Mayoress: Lady Mayoress\n"));

        Assert.Equal("NG3007", warning.Id);
        Assert.Equal((Yml, 3, 4), AnalyzerHarness.Start(warning));
        var earlier = Assert.Single(warning.AdditionalLocations).GetLineSpan();
        Assert.Equal((Yml, 1, 13), (earlier.Path, earlier.StartLinePosition.Line, earlier.StartLinePosition.Character));
    }

    [Fact]
    public async Task The_warnings_come_from_analyzing_the_corrections_file_alone_as_the_ide_does()
    {
        var files = Corpus("corrections:\n  suppress: [Nobody Here]\n");
        var texts = GeneratorHarness.Texts(files);
        var analyzers = GeneratorHarness.Compilation("Consumer", ["class C { }"])
            .WithAnalyzers([new ContentAnalyzer()], new AnalyzerOptions([.. texts], TestOptionsProvider.For(files)));

        var result = await analyzers.GetAnalysisResultAsync(texts.Single(t => t.Path == Yml), CancellationToken.None);

        var warning = Assert.Single(result.GetAllDiagnostics());
        Assert.Equal(("NG3006", (Yml, 1, 13)), (warning.Id, AnalyzerHarness.Start(warning)));
    }
}
