using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;

namespace NewsGen.Generator.Analyzers;

/// <summary>
/// The Roslyn descriptor of every <see cref="DiagnosticCatalog"/> entry, derived from it: id, title, message format,
/// category, severity and help text (the description) are the catalog's. There is no help link: the project has no
/// web site, and the package ships the full page as <c>docs/diagnostics.md</c>. Corpus-wide kinds carry the
/// <see cref="WellKnownDiagnosticTags.CompilationEnd"/> tag: they are computed at compilation end, never per file.
/// Because the ids are not constants here, release tracking (AnalyzerReleases.*.md) is checked by a test
/// (ReleaseTrackingTests) instead of by RS2000-RS2008.
/// </summary>
internal static class NewsGenDescriptors
{
    private static readonly string[] CorpusWide = [WellKnownDiagnosticTags.CompilationEnd];

    /// <summary>Every descriptor, in id order.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = DiagnosticCatalog.All.Select(ToRoslyn).ToArray();

    private static DiagnosticDescriptor ToRoslyn(ContentDiagnosticDescriptor entry) =>
        new(
            entry.Id,
            entry.Title,
            entry.MessageFormat,
            entry.Category,
            Severity(entry.Severity),
            isEnabledByDefault: true,
            description: entry.Help,
            customTags: entry.IsCorpusWide ? CorpusWide : []);

    private static DiagnosticSeverity Severity(ContentSeverity severity) =>
        severity switch
        {
            ContentSeverity.Error => DiagnosticSeverity.Error,
            ContentSeverity.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Info,
        };
}
