using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation.Corpus;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// The checks that need every article of a build at once: duplicate and renamed identifiers (NG2001, NG2002, decided
/// by <see cref="CorpusBuilder"/> when it makes identifiers unique) and names spelled differently across articles (NG1004).
/// </summary>
public static class CorpusValidator
{
    /// <summary>The corpus-wide problems of <paramref name="entries"/>, given in build order.</summary>
    public static IReadOnlyList<ContentDiagnostic> Validate(IReadOnlyList<CorpusEntry> entries) =>
        CorpusBuilder.Build(entries.Select(e => e.Result)).Diagnostics
            .Concat(CrossArticleNameVariantCheck.Run(entries))
            .ToList();
}
