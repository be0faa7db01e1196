using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG0001 for a file that has front matter but no text after it. (A file with no text at all is rejected earlier,
/// by <see cref="FileScreening"/>.)
/// </summary>
public static class EmptyBodyCheck
{
    /// <summary>At most one diagnostic, where the body should start.</summary>
    public static IEnumerable<ContentDiagnostic> Run(ValidationInput input)
    {
        if (input.Structure.Title.Length > 0 || input.Structure.Paragraphs.Count > 0)
        {
            yield break;
        }

        var document = input.Document;
        yield return DiagnosticCatalog.EmptyArticle.Create(
            document.Path, document.Span(input.FrontMatter.BodyStart, 0), System.IO.Path.GetFileName(document.Path));
    }
}
