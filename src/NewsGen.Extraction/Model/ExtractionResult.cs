namespace NewsGen.Extraction.Model;

/// <summary>
/// What one file yields: the article (null when the file had to be skipped), the content problems found in it, and
/// the corrections that changed it or could not apply to it.
/// </summary>
public sealed record ExtractionResult(
    string Path, Article? Article, EquatableArray<ContentDiagnostic> Diagnostics, EquatableArray<AppliedCorrection> Corrections = default);
