using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>NG1003: a quote the quote extractor could not attribute to a speaker.</summary>
public static class UnattributedQuoteCheck
{
    /// <summary>One diagnostic per quote without a speaker, on the quote.</summary>
    public static IEnumerable<ContentDiagnostic> Run(ValidationInput input)
    {
        foreach (var quote in input.Quotes.Quotes)
        {
            if (quote.Speaker is null)
            {
                yield return DiagnosticCatalog.UnattributedQuote.Create(
                    input.Document.Path, input.Document.Span(quote.Start, quote.Length), Excerpt.Of(quote.Text));
            }
        }
    }
}
