using System.Collections.Generic;
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
        var others = new List<SpellingOccurrence>(rare.Count + common.Count);
        AddAllBut(others, rare, primary);
        AddAllBut(others, common, primary);
        others.Sort(Compare);
        var additional = new FileSpan[others.Count];
        for (var i = 0; i < others.Count; i++)
        {
            additional[i] = new FileSpan(others[i].Path, others[i].Span);
        }

        return descriptor.Create(primary.Path, primary.Span, new EquatableArray<FileSpan>(additional), primary.Spelling, common[0].Spelling);
    }

    // Loops and List.Sort rather than Distinct, Where and OrderBy chains with seven lambdas, JIT-compiled in every fresh
    // compiler process. The unstable sort orders as a stable one would: a position in a file holds one spelling, and
    // equal occurrences are dropped first, so no two occurrences compare equal.
    private static List<SpellingOccurrence> InReadingOrder(IEnumerable<SpellingOccurrence> occurrences)
    {
        var seen = new HashSet<SpellingOccurrence>();
        var ordered = new List<SpellingOccurrence>();
        foreach (var occurrence in occurrences)
        {
            if (seen.Add(occurrence))
            {
                ordered.Add(occurrence);
            }
        }

        ordered.Sort(Compare);
        return ordered;
    }

    private static void AddAllBut(List<SpellingOccurrence> into, List<SpellingOccurrence> occurrences, SpellingOccurrence left)
    {
        foreach (var occurrence in occurrences)
        {
            if (occurrence != left)
            {
                into.Add(occurrence);
            }
        }
    }

    // Fewer occurrences is rarer; on a tie the spelling that shows up later is taken as the deviation.
    private static bool IsRarer(List<SpellingOccurrence> a, List<SpellingOccurrence> b) =>
        a.Count != b.Count ? a.Count < b.Count : Compare(a[0], b[0]) > 0;

    private static int Compare(SpellingOccurrence x, SpellingOccurrence y) =>
        x.FileOrder != y.FileOrder ? x.FileOrder.CompareTo(y.FileOrder) : x.Span.Start.CompareTo(y.Span.Start);
}
