using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG1103: an event dated after the article's stated publication date, usually a wrong year or month. Only dates
/// written out with a day or year number can be wrong that way (a weekday or "tomorrow" is resolved from the
/// publication date itself), and sentences about what is planned or expected ("will", "is to", "scheduled") are
/// meant to be in the future. Articles without a stated publication date are not checked.
/// </summary>
public static class EventAfterPublicationCheck
{
    // Built on first use: only an event dated after publication is tested, which most builds never see.
    private static readonly AdaptiveRegex Prospective = new(
        @"\b(will|won['\u2019]t|would|shall|(is|are|was|were) (to|set to|due to|expected to|scheduled to|likely to|unlikely to)|going to|scheduled|expected|plans?|planned|upcoming|tomorrow|next|later|likely|unlikely|possibly)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase,
        compileWhenHot: false);

    /// <summary>One diagnostic per late event, on the written date that dates it.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        if (input.Article.Published is not { } published)
        {
            return found;
        }

        foreach (var newsEvent in input.Article.Events)
        {
            if (newsEvent.Date is { } date && date.CompareTo(published) > 0 &&
                WrittenDate(input.Article, newsEvent, date) is { } mention && !Prospective.IsMatch(newsEvent.Summary))
            {
                found.Add(DiagnosticCatalog.EventAfterPublication.Create(
                    input.Document.Path, input.Document.Span(mention.Start, mention.Length), Excerpt.Of(newsEvent.Summary), date, published));
            }
        }

        return found;
    }

    /// <summary>The date expression with a number that gives the event its date, preferring the event's own paragraph.</summary>
    private static DateMention? WrittenDate(Article article, NewsEvent newsEvent, CalendarDate date) =>
        article.Dates
            .Where(d => d.Value == date && d.Text.Any(char.IsDigit))
            .OrderBy(d => d.Paragraph == newsEvent.Paragraph ? 0 : 1)
            .FirstOrDefault();
}
