namespace NewsGen.Benchmarks.Corpus;

/// <summary>One article file as read from disk.</summary>
/// <param name="Path">The full path.</param>
/// <param name="Text">The decoded text.</param>
/// <param name="IsValidUtf8">False when the bytes were not UTF-8 and <paramref name="Text"/> is a Latin-1 fallback.</param>
/// <param name="Bytes">The size of the file in bytes.</param>
internal sealed record CorpusFile(string Path, string Text, bool IsValidUtf8, long Bytes);
