using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG0001 for a file that has front matter but no text after it. (A file with no text at all is rejected earlier,
/// by <see cref="FileScreening"/>.) Such an article is skipped, as the docs promise (see <see cref="ArticleExtractor"/>).
/// </summary>
public static class EmptyBodyCheck
{
    /// <summary>At most one diagnostic, where the body should start.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        if (!IsEmpty(input.Structure))
        {
            return found;
        }

        var document = input.Document;
        found.Add(DiagnosticCatalog.EmptyArticle.Create(
            document.Path, document.Span(input.FrontMatter.BodyStart, 0), System.IO.Path.GetFileName(document.Path)));

        return found;
    }

    /// <summary>True when the article has neither a title nor a paragraph.</summary>
    public static bool IsEmpty(ArticleStructure structure) => structure.Title.Length == 0 && structure.Paragraphs.Count == 0;
}
