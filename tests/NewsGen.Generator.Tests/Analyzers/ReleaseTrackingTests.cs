using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Generator.Analyzers;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Analyzers;

public class ReleaseTrackingTests
{
    [Fact]
    public void The_constant_descriptors_match_the_catalog()
    {
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), NewsGenDescriptors.All.Select(d => d.Id));
        foreach (var (content, roslyn) in DiagnosticCatalog.All.Zip(NewsGenDescriptors.All))
        {
            Assert.Equal(content.Title, roslyn.Title.ToString());
            Assert.Equal(content.Category, roslyn.Category);
            Assert.Equal(Severity(content.Severity), roslyn.DefaultSeverity);
            Assert.Equal(content.HelpLink, roslyn.HelpLinkUri);
            Assert.Equal(content.IsCorpusWide, roslyn.CustomTags.Contains(WellKnownDiagnosticTags.CompilationEnd));
            Assert.True(roslyn.IsEnabledByDefault);
        }
    }

    [Fact]
    public void Unshipped_release_lists_every_catalog_id_with_its_category_and_severity()
    {
        var rows = File.ReadAllLines(Path.Combine(RepoPaths.Root, "src", "NewsGen.Generator", "AnalyzerReleases.Unshipped.md"))
            .Where(l => l.StartsWith("NG", System.StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).ToArray())
            .Select(c => (c[0], c[1], c[2]));

        Assert.Equal(DiagnosticCatalog.All.Select(d => (d.Id, d.Category, d.Severity.ToString())), rows);
    }

    private static DiagnosticSeverity Severity(ContentSeverity severity) =>
        severity switch
        {
            ContentSeverity.Error => DiagnosticSeverity.Error,
            ContentSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
}
