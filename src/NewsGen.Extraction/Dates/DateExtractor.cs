using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Dates;

/// <summary>Finds date expressions and resolves them to calendar days.</summary>
public static class DateExtractor
{
    /// <summary>The dates of one article, resolved against <paramref name="knownReference"/> or an inferred one.</summary>
    public static DateResolution Extract(ArticleStructure structure, CalendarDate? knownReference) => new([], knownReference, []);
}
