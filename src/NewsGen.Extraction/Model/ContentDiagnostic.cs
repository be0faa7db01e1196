namespace NewsGen.Extraction.Model;

/// <summary>How serious a content problem is; maps one to one onto Roslyn's DiagnosticSeverity.</summary>
public enum ContentSeverity
{
    /// <summary>Informational.</summary>
    Info,

    /// <summary>Suspicious content.</summary>
    Warning,

    /// <summary>Content that cannot be compiled as intended.</summary>
    Error,
}

/// <summary>
/// A problem found in an article's text, located in the file that holds it. Additional locations may be in other
/// files (e.g. a duplicate id), so they carry their own path. <see cref="Arguments"/> are the values the message
/// format was filled with, formatted invariantly, so a Roslyn diagnostic can carry the catalog's format itself.
/// </summary>
public sealed record ContentDiagnostic(
    string Id,
    ContentSeverity Severity,
    string Message,
    string Path,
    SourceSpan Location,
    EquatableArray<FileSpan> AdditionalLocations,
    EquatableArray<string> Arguments = default);

/// <summary>A <see cref="SourceSpan"/> in a named file.</summary>
public sealed record FileSpan(string Path, SourceSpan Span);
