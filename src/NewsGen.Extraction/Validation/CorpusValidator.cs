using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation.Corpus;

namespace NewsGen.Extraction.Validation;

/// <summary>The checks that need every article of a build at once.</summary>
public static class CorpusValidator
{
    /// <summary>The corpus-wide problems of <paramref name="entries"/>, given in build order.</summary>
    public static IReadOnlyList<ContentDiagnostic> Validate(IReadOnlyList<CorpusEntry> entries) =>
        CrossArticleNameVariantCheck.Run(entries).ToList();
}
