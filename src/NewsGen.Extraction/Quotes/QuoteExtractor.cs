using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Quotes;

/// <summary>Finds direct quotations and attributes them to speakers.</summary>
public static class QuoteExtractor
{
    /// <summary>The quotes of one article.</summary>
    public static QuoteResult Extract(ArticleStructure structure, EntitySet entities) => new([], []);
}
