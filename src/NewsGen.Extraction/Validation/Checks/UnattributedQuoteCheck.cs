using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>NG1003: a quote the quote extractor could not attribute to a speaker, unless a correction cleared it.</summary>
public static class UnattributedQuoteCheck
{
    /// <summary>One diagnostic per quote without a speaker, on the quote.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        foreach (var quote in input.Quotes.Quotes)
        {
            if (quote.Speaker is null && input.Quotes.ClearedSpeakers?.Contains(quote.Start) != true)
            {
                found.Add(DiagnosticCatalog.UnattributedQuote.Create(
                    input.Document.Path, input.Document.Span(quote.Start, quote.Length), Excerpt.Of(quote.Text)));
            }
        }

        return found;
    }
}
