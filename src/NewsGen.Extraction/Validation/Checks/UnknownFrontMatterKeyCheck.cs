using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>NG3001: a front-matter key NewsGen does not know (often a typo such as <c>publshed</c>).</summary>
public static class UnknownFrontMatterKeyCheck
{
    /// <summary>One diagnostic per unknown key, on the key.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        foreach (var entry in input.FrontMatter.UnknownKeys)
        {
            found.Add(DiagnosticCatalog.UnknownFrontMatterKey.Create(
                input.Document.Path, entry.KeySpan, entry.Key));
        }

        return found;
    }
}
