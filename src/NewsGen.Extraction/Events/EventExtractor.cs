using System.Collections.Generic;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Events;

/// <summary>Reads events (who, where, when) from sentences that carry a date and participants.</summary>
public static class EventExtractor
{
    /// <summary>The events of one article.</summary>
    public static IReadOnlyList<NewsEvent> Extract(ArticleStructure structure, EntitySet entities, DateResolution dates) => [];
}
