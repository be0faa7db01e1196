using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// Checks project-wide settings once per build. These problems belong to no article file, so their diagnostics
/// have an empty path (reported without a location).
/// </summary>
public static class OptionsValidator
{
    private static readonly SourceSpan Nowhere = new(0, 0, 0, 0, 0, 0);

    /// <summary>NG3003 for every boilerplate pattern that is not a valid .NET regular expression.</summary>
    public static IReadOnlyList<ContentDiagnostic> Validate(ExtractionOptions options)
    {
        var diagnostics = new List<ContentDiagnostic>();
        foreach (var pattern in options.BoilerplatePatterns)
        {
            if (ParseError(pattern) is { } error)
            {
                diagnostics.Add(DiagnosticCatalog.InvalidBoilerplatePattern.Create(string.Empty, Nowhere, pattern, error));
            }
        }

        return diagnostics;
    }

    private static string? ParseError(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException exception)
        {
            return exception.Message;
        }
    }
}
