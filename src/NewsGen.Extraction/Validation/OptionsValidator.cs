using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// Checks project-wide settings once per build. These problems belong to no article file, so their diagnostics
/// have an empty path (reported without a location).
/// </summary>
public static class OptionsValidator
{
    private static readonly SourceSpan Nowhere = new(0, 0, 0, 0, 0, 0);

    /// <summary>NG3003 for every boilerplate pattern the structure reader could not compile and therefore ignores.</summary>
    public static IReadOnlyList<ContentDiagnostic> Validate(ExtractionOptions options) =>
        BoilerplatePatterns.Compile(options).InvalidPatterns
            .Select(p => DiagnosticCatalog.InvalidBoilerplatePattern.Create(string.Empty, Nowhere, p.Pattern, p.Reason))
            .ToList();
}
