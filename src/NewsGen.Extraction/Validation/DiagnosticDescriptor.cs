using System;
using System.Globalization;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// A kind of content problem, declared once in <see cref="DiagnosticCatalog"/>: stable id, title, message format
/// (composite format, arguments quote the text), default severity, category and help text (what the problem is; the
/// first paragraph of its entry in <c>docs/diagnostics.md</c>, which the package ships). The Roslyn descriptors,
/// the SARIF rules and the release tracking files are derived from or checked against it.
/// <see cref="IsCorpusWide"/> marks the kinds only found by looking at every article (or the settings) at once,
/// which an IDE cannot compute per file.
/// </summary>
public sealed record ContentDiagnosticDescriptor(
    string Id, string Title, string MessageFormat, ContentSeverity Severity, string Category, string Help, bool IsCorpusWide = false)
{
    /// <summary>A diagnostic of this kind at <paramref name="location"/>.</summary>
    public ContentDiagnostic Create(string path, SourceSpan location, params object[] args) =>
        Create(path, location, EquatableArray<FileSpan>.Empty, args);

    /// <summary>A diagnostic of this kind with further locations.</summary>
    public ContentDiagnostic Create(string path, SourceSpan location, EquatableArray<FileSpan> additional, params object[] args)
    {
        // A loop rather than Select with a lambda: diagnostics are created in every fresh compiler process.
        var arguments = new string[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            arguments[i] = Convert.ToString(args[i], CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, args), path, location, additional, new EquatableArray<string>(arguments));
    }
}
