using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Names;

/// <summary>One place where a name word is written, with the file it is in and its order in the corpus.</summary>
/// <param name="Spelling">The word as written.</param>
/// <param name="Path">The file.</param>
/// <param name="FileOrder">The position of the file in the corpus, so occurrences sort in reading order.</param>
/// <param name="Span">Where the word is in the file.</param>
public sealed record SpellingOccurrence(string Spelling, string Path, int FileOrder, SourceSpan Span);
