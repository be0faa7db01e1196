using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation;

/// <summary>Runs the per-article content checks.</summary>
public static class ArticleValidator
{
    /// <summary>The problems found in one article.</summary>
    public static IReadOnlyList<ContentDiagnostic> Validate(ValidationInput input) => [];
}
