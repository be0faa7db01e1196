using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation.Checks;

namespace NewsGen.Extraction.Validation;

/// <summary>Runs the per-article content checks; corpus-wide checks are in <see cref="CorpusValidator"/>.</summary>
public static class ArticleValidator
{
    // Each check fills a list rather than yielding: an iterator is a class of five or more methods, all JIT-compiled in
    // every fresh compiler process.
    private static readonly Func<ValidationInput, List<ContentDiagnostic>>[] Checks =
    [
        EmptyBodyCheck.Run,
        TitleCheck.Run,
        NameVariantCheck.Run,
        UnbalancedQuoteCheck.Run,
        UnattributedQuoteCheck.Run,
        WeekdayConflictCheck.Run,
        UnresolvedRelativeDateCheck.Run,
        EventAfterPublicationCheck.Run,
        UnknownFrontMatterKeyCheck.Run,
        FrontMatterDateCheck.Run,
        InvalidFrontMatterCheck.Run,
        IdentifierCheck.Run,
    ];

    /// <summary>The problems found in one article, in document order.</summary>
    public static IReadOnlyList<ContentDiagnostic> Validate(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        foreach (var check in Checks)
        {
            found.AddRange(check(input));
        }

        // Most articles have no diagnostic or one, which need no sorter.
        return found.Count < 2 ? found : found.OrderBy(d => d.Location.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ToList();
    }
}
