using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>NG1002: an opening quotation mark the quote extractor could not pair with a closing one.</summary>
public static class UnbalancedQuoteCheck
{
    private const int ExcerptLength = 30;

    /// <summary>One diagnostic per unclosed mark, on the mark.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        var document = input.Document;
        foreach (var mark in input.Quotes.UnbalancedMarks)
        {
            found.Add(DiagnosticCatalog.UnbalancedQuote.Create(document.Path, document.Span(mark, 1), Excerpt.OfLineAt(document.Text, mark, ExcerptLength)));
        }

        return found;
    }
}
