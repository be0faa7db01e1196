using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Analyzers;

/// <summary>
/// Severities are configured the standard way because the analyzer reports through ordinary descriptors: compiler
/// options (NoWarn, TreatWarningsAsErrors, WarningsAsErrors) and global analyzer config (.globalconfig) entries
/// <c>dotnet_diagnostic.NGxxxx.severity</c>, applied by the compiler as these tests apply them.
/// </summary>
public class SeverityConfigurationTests
{
    // A dateline first line (NG0002, warning) and an unknown front-matter key (NG3001, error).
    private static readonly TestArticle Article = new("/p/dateline.txt", "---\nfoo: 1\n---\nLONDON (Reuters) -\n\nThe market fell.\n");

    [Fact]
    public void Default_severities()
    {
        Assert.Equal([("NG0002", DiagnosticSeverity.Warning), ("NG3001", DiagnosticSeverity.Error)], Severities(AnalyzerHarness.Run([Article])));
    }

    [Fact]
    public void NoWarn_suppresses_a_diagnostic()
    {
        var diagnostics = AnalyzerHarness.Run([Article], configure: o => o.WithSpecificDiagnosticOptions([new("NG0002", ReportDiagnostic.Suppress)]));

        Assert.Equal([("NG3001", DiagnosticSeverity.Error)], Severities(diagnostics));
    }

    [Fact]
    public void TreatWarningsAsErrors_makes_content_warnings_errors()
    {
        var diagnostics = AnalyzerHarness.Run([Article], configure: o => o.WithGeneralDiagnosticOption(ReportDiagnostic.Error));

        Assert.Equal([("NG0002", DiagnosticSeverity.Error), ("NG3001", DiagnosticSeverity.Error)], Severities(diagnostics));
        Assert.True(diagnostics.Single(d => d.Id == "NG0002").IsWarningAsError);
    }

    [Fact]
    public void Global_analyzer_config_entries_override_the_default_severity()
    {
        var config = "is_global = true\ndotnet_diagnostic.NG0002.severity = error\ndotnet_diagnostic.NG3001.severity = none\n";

        var diagnostics = AnalyzerHarness.Run([Article], configure: o => o.WithSyntaxTreeOptionsProvider(GlobalConfigSeverities.Parse(config)));

        Assert.Equal([("NG0002", DiagnosticSeverity.Error)], Severities(diagnostics));
    }

    [Fact]
    public void Global_analyzer_config_can_raise_info_to_warning()
    {
        var article = new TestArticle("/p/dates.txt", "Harbour opens\n\nThe ferry starts next Tuesday.\n");
        var config = "is_global = true\ndotnet_diagnostic.NG1102.severity = warning\n";

        var plain = AnalyzerHarness.Run([article]);
        var raised = AnalyzerHarness.Run([article], configure: o => o.WithSyntaxTreeOptionsProvider(GlobalConfigSeverities.Parse(config)));

        Assert.Contains(plain, d => d.Id == "NG1102");
        Assert.All(plain.Where(d => d.Id == "NG1102"), d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Equal(plain.Count(d => d.Id == "NG1102"), raised.Count(d => d.Id == "NG1102" && d.Severity == DiagnosticSeverity.Warning));
    }

    private static List<(string, DiagnosticSeverity)> Severities(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => (d.Id, d.Severity)).OrderBy(p => p.Id).ToList();

    /// <summary>What the compiler builds from a .globalconfig: severities that apply to every diagnostic, wherever it is located.</summary>
    private sealed class GlobalConfigSeverities(IReadOnlyDictionary<string, ReportDiagnostic> severities) : SyntaxTreeOptionsProvider
    {
        public static GlobalConfigSeverities Parse(string text)
        {
            var set = AnalyzerConfigSet.Create(new[] { AnalyzerConfig.Parse(text, "/p/.globalconfig") });
            return new GlobalConfigSeverities(set.GlobalConfigOptions.TreeOptions);
        }

        public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

        public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            severities.TryGetValue(diagnosticId, out severity);

        public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
            severities.TryGetValue(diagnosticId, out severity);
    }
}
