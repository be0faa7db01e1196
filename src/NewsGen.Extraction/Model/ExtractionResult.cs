namespace NewsGen.Extraction.Model;

/// <summary>
/// What one file yields: the article (null when the file had to be skipped) and the content problems found in it.
/// </summary>
public sealed record ExtractionResult(string Path, Article? Article, EquatableArray<ContentDiagnostic> Diagnostics);
