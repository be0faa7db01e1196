using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Pipeline;

/// <summary>
/// One article as extraction takes it: the file and the corpus-wide corrections that concern it. Equal by value, so
/// an edit to a corrections file extracts again only the articles whose corrections changed.
/// </summary>
internal sealed record ArticleInput(ArticleSource Source, EquatableArray<Correction> Corrections);
