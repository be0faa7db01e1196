using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Generator.Analyzers;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Analyzers;

/// <summary>
/// The Roslyn descriptors derive from the catalog, and the release tracking files (no longer read by RS2000-RS2008,
/// which cannot see catalog ids) are checked against it here.
/// </summary>
public class ReleaseTrackingTests
{
    [Fact]
    public void The_descriptors_are_the_catalog_entries_without_a_help_link()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), NewsGenDescriptors.All.Select(d => d.Id));
        foreach (var (content, roslyn) in DiagnosticCatalog.All.Zip(NewsGenDescriptors.All))
        {
            Assert.Equal(content.Title, roslyn.Title.ToString());
            Assert.Equal(content.MessageFormat, roslyn.MessageFormat.ToString());
            Assert.Equal(content.Help, roslyn.Description.ToString());
            Assert.Equal(content.Category, roslyn.Category);
            Assert.Equal(Severity(content.Severity), roslyn.DefaultSeverity);
            Assert.Equal(string.Empty, roslyn.HelpLinkUri);
            Assert.Equal(content.IsCorpusWide, roslyn.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
            Assert.True(roslyn.IsEnabledByDefault);
        }
    }

    [Fact]
    public void Unshipped_release_lists_every_catalog_id_with_its_category_severity_and_title()
    {
        var rows = Rows("AnalyzerReleases.Unshipped.md").Select(c => (c[0], c[1], c[2], c[3]));

        Assert.Equal(
            DiagnosticCatalog.All.Select(d => (d.Id, d.Category, d.Severity.ToString(), $"{Reporter(d)}, {d.Title}")),
            rows);
    }

    [Fact]
    public void Shipped_release_names_only_catalog_ids()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToHashSet();

        Assert.All(Rows("AnalyzerReleases.Shipped.md"), c => Assert.Contains(c[0], ids));
    }

    private static string[][] Rows(string file) =>
        File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "NewsGen.Generator", file))
            .Where(l => l.StartsWith("NG", System.StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .ToArray();

    // Template failures are the generator's; every other diagnostic is the analyzer's.
    private static string Reporter(ContentDiagnosticDescriptor descriptor) =>
        descriptor == DiagnosticCatalog.TemplateFailure ? "NewsGenGenerator" : "ContentAnalyzer";

    private static DiagnosticSeverity Severity(ContentSeverity severity) =>
        severity switch
        {
            ContentSeverity.Error => DiagnosticSeverity.Error,
            ContentSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
}
