using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Corpus;

/// <summary>One file of a corpus as the corpus-wide checks see it: what was read and what was extracted from it.</summary>
public sealed record CorpusEntry(ArticleSource Source, ExtractionResult Result);
