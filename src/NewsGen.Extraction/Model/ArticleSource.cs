namespace NewsGen.Extraction.Model;

/// <summary>
/// One article file as handed to the extractor: its path, decoded text and per-file settings
/// (item metadata <c>NewsGenName</c> and <c>NewsGenPublished</c>).
/// </summary>
public sealed record ArticleSource(string Path, string Text, string? NameOverride, string? PublishedOverride);
