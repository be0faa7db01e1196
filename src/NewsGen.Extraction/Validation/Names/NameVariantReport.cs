using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Names;

/// <summary>
/// Builds the diagnostic for two spellings of one name (NG1001 in one article, NG1004 across articles): it sits on
/// the first occurrence of the rarer spelling (the likelier typo) and lists every occurrence of both spellings as
/// further locations.
/// </summary>
public static class NameVariantReport
{
    /// <summary>
    /// The diagnostic for the spellings found at <paramref name="first"/> and <paramref name="second"/>, or null when
    /// either spelling has no located occurrence.
    /// </summary>
    public static ContentDiagnostic? Create(
        ContentDiagnosticDescriptor descriptor, IReadOnlyCollection<SpellingOccurrence> first, IReadOnlyCollection<SpellingOccurrence> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return null;
        }

        var a = InReadingOrder(first);
        var b = InReadingOrder(second);
        var (rare, common) = IsRarer(a, b) ? (a, b) : (b, a);
        var primary = rare[0];
        var additional = rare.Concat(common)
            .Where(o => o != primary)
            .OrderBy(o => o.FileOrder).ThenBy(o => o.Span.Start)
            .Select(o => new FileSpan(o.Path, o.Span))
            .ToEquatableArray();
        return descriptor.Create(primary.Path, primary.Span, additional, primary.Spelling, common[0].Spelling);
    }

    private static List<SpellingOccurrence> InReadingOrder(IEnumerable<SpellingOccurrence> occurrences) =>
        occurrences.Distinct().OrderBy(o => o.FileOrder).ThenBy(o => o.Span.Start).ToList();

    // Fewer occurrences is rarer; on a tie the spelling that shows up later is taken as the deviation.
    private static bool IsRarer(List<SpellingOccurrence> a, List<SpellingOccurrence> b) =>
        a.Count != b.Count ? a.Count < b.Count : Compare(a[0], b[0]) > 0;

    private static int Compare(SpellingOccurrence x, SpellingOccurrence y) =>
        x.FileOrder != y.FileOrder ? x.FileOrder.CompareTo(y.FileOrder) : x.Span.Start.CompareTo(y.Span.Start);
}
