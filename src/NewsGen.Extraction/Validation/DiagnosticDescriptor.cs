using System.Globalization;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// A kind of content problem: stable id, title, message format (composite format, arguments quote the text),
/// default severity and the anchor of its entry in <c>docs/diagnostics.md</c>. <see cref="IsCorpusWide"/> marks the
/// kinds only found by looking at every article (or the settings) at once, which an IDE cannot compute per file.
/// </summary>
public sealed record ContentDiagnosticDescriptor(
    string Id, string Title, string MessageFormat, ContentSeverity Severity, string Category, bool IsCorpusWide = false)
{
    /// <summary>The documentation page every help link points into.</summary>
    public const string DocsBase = "https://github.com/newsgen/newsgen/blob/main/docs/diagnostics.md";

    /// <summary>The help link for this id.</summary>
    public string HelpLink => DocsBase + "#" + Id.ToLowerInvariant();

    /// <summary>A diagnostic of this kind at <paramref name="location"/>.</summary>
    public ContentDiagnostic Create(string path, SourceSpan location, params object[] args) =>
        Create(path, location, EquatableArray<FileSpan>.Empty, args);

    /// <summary>A diagnostic of this kind with further locations.</summary>
    public ContentDiagnostic Create(string path, SourceSpan location, EquatableArray<FileSpan> additional, params object[] args) =>
        new(Id, Severity, string.Format(CultureInfo.InvariantCulture, MessageFormat, args), path, location, additional);
}
