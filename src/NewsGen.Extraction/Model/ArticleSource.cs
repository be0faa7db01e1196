namespace NewsGen.Extraction.Model;

/// <summary>
/// One article file as handed to the extractor: its path, decoded text and per-file settings
/// (item metadata <c>NewsGenName</c> and <c>NewsGenPublished</c>). <see cref="IsValidUtf8"/> is false when the
/// text is a fallback or replacement decoding rather than the file's own text (<see cref="Text.ArticleDecoding"/>).
/// </summary>
public sealed record ArticleSource(string Path, string Text, string? NameOverride, string? PublishedOverride, bool IsValidUtf8 = true);
