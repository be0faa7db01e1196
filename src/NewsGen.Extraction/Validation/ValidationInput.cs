using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Validation;

/// <summary>
/// Everything the per-article checks may look at; <paramref name="RequestedId"/> is the id asked for by name, as
/// written (null when the id was derived).
/// </summary>
public sealed record ValidationInput(
    SourceDocument Document,
    FrontMatter FrontMatter,
    ArticleStructure Structure,
    EntitySet Entities,
    QuoteResult Quotes,
    DateResolution Dates,
    Article Article,
    string? RequestedId = null);
