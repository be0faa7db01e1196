using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Extraction.Validation;
using NewsGen.Generator.Analyzers;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Analyzers;

public class ContentAnalyzerTests
{
    private const string Good = "Council approves harbour plan\n\nThe council approved the plan.\n";

    [Fact]
    public void A_per_file_problem_is_reported_in_the_txt_file_with_message_severity_and_help_text()
    {
        var diagnostic = Assert.Single(AnalyzerHarness.Run([new TestArticle("/p/vote.txt", "---\npublshed: 2018-11-29\n---\nVote\n")]));

        Assert.Equal("NG3001", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("Unknown front-matter key 'publshed'; expected one of id, published, source, author, corrections", diagnostic.GetMessage());
        Assert.Equal(("/p/vote.txt", 1, 0), AnalyzerHarness.Start(diagnostic));
        Assert.Equal(new LinePosition(1, 8), diagnostic.Location.GetLineSpan().EndLinePosition);
        Assert.Equal(LocationKind.ExternalFile, diagnostic.Location.Kind);
        Assert.Equal(DiagnosticCatalog.UnknownFrontMatterKey.Help, diagnostic.Descriptor.Description.ToString());
        Assert.Equal(string.Empty, diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public void Additional_files_that_are_not_articles_are_ignored()
    {
        Assert.Empty(AnalyzerHarness.Run([new TestArticle("/p/notes.txt", "---\nfoo: 1\n---\n", IsArticle: false)]));
    }

    [Fact]
    public void A_clean_article_has_no_diagnostics()
    {
        Assert.Empty(AnalyzerHarness.Run([new TestArticle("/p/good.txt", Good)]));
    }

    [Fact]
    public void Duplicate_ids_are_reported_at_compilation_end_in_both_files_with_the_other_as_additional_location()
    {
        var diagnostics = AnalyzerHarness.Run(
        [
            new TestArticle("/p/a.txt", "---\nid: Vote\n---\nFirst\n"),
            new TestArticle("/p/b.txt", "---\nid: Vote\n---\nSecond\n"),
        ]);

        Assert.Equal([("/p/a.txt", 1, 4), ("/p/b.txt", 1, 4)], diagnostics.Select(AnalyzerHarness.Start).Order());
        Assert.All(diagnostics, d =>
        {
            Assert.Equal("NG2001", d.Id);
            Assert.Equal("Article id 'Vote' is used by more than one file (a.txt, b.txt)", d.GetMessage());
            Assert.Contains(WellKnownDiagnosticTags.CompilationEnd, d.Descriptor.CustomTags);
            Assert.NotEqual(d.Location.GetLineSpan().Path, Assert.Single(d.AdditionalLocations).GetLineSpan().Path);
        });
    }

    [Fact]
    public void An_identifier_taken_through_metadata_renames_the_other_article_with_a_warning()
    {
        var diagnostic = Assert.Single(AnalyzerHarness.Run(
        [
            new TestArticle("/p/a/harbour-vote.txt", Good),
            new TestArticle("/p/b/other.txt", Good, Name: "HarbourVote"),
        ]));

        Assert.Equal("NG2002", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/p/a/harbour-vote.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal("The identifier 'HarbourVote' is wanted by another article or is reserved; this article is generated as 'HarbourVote_a5daca31'", diagnostic.GetMessage());
    }

    [Fact]
    public void An_invalid_boilerplate_pattern_is_reported_once_without_a_location()
    {
        var diagnostic = Assert.Single(AnalyzerHarness.Run(
            [new TestArticle("/p/good.txt", Good)],
            new Dictionary<string, string> { ["build_property.NewsGenBoilerplatePatterns"] = "^Subscribe;(unclosed" }));

        Assert.Equal("NG3003", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.StartsWith("The NewsGenBoilerplatePatterns entry '(unclosed' is not a valid regular expression", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("protected", 1)]
    [InlineData("Public", 0)]
    [InlineData(" internal ", 0)]
    public void An_accessibility_that_is_neither_internal_nor_public_is_reported_once(string value, int reported)
    {
        var diagnostics = AnalyzerHarness.Run(
            [new TestArticle("/p/good.txt", Good)],
            new Dictionary<string, string> { ["build_property.NewsGenAccessibility"] = value });

        Assert.Equal(reported, diagnostics.Count(d => d.Id == "NG3009"));
        Assert.All(diagnostics.Where(d => d.Id == "NG3009"), d => Assert.Equal(Location.None, d.Location));
    }

    [Fact]
    public void The_size_limit_comes_from_the_NewsGenMaxFileSize_property()
    {
        var diagnostic = Assert.Single(AnalyzerHarness.Run(
            [new TestArticle("/p/good.txt", Good)],
            new Dictionary<string, string> { ["build_property.NewsGenMaxFileSize"] = "20" }));

        Assert.Equal("NG4003", diagnostic.Id);
        Assert.Equal("'good.txt' has 62 characters, more than the limit of 20 (NewsGenMaxFileSize); the article is skipped", diagnostic.GetMessage());
    }

    [Fact]
    public async System.Threading.Tasks.Task A_file_the_compiler_could_only_decode_with_a_fallback_code_page_is_not_utf8()
    {
        var compilation = GeneratorHarness.Compilation("Consumer", []);
        var file = new InMemoryAdditionalText("/p/latin1.txt", SourceText.From("Caf\u00e9\n", Encoding.Latin1));
        var options = new AnalyzerOptions(
            [file], TestOptionsProvider.For([new TestArticle("/p/latin1.txt", string.Empty)]));

        var diagnostics = await compilation.WithAnalyzers([new ContentAnalyzer()], options).GetAnalyzerDiagnosticsAsync();

        Assert.Equal("NG4001", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Supported_diagnostics_are_every_catalog_id_but_the_generator_own_template_failure()
    {
        var supported = new ContentAnalyzer().SupportedDiagnostics.Select(d => d.Id).Order();

        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id).Where(id => id != "NG9002").Order(), supported);
    }
}
