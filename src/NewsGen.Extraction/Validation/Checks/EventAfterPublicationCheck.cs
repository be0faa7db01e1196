using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG1103: an event dated after the article's stated publication date, usually a wrong year or month. Articles
/// without a stated publication date are not checked, since their reference date is itself inferred.
/// </summary>
public static class EventAfterPublicationCheck
{
    /// <summary>One diagnostic per late event, on the date that dates it (or its paragraph when that is not found).</summary>
    public static IEnumerable<ContentDiagnostic> Run(ValidationInput input)
    {
        if (input.Article.Published is not { } published)
        {
            yield break;
        }

        foreach (var newsEvent in input.Article.Events)
        {
            if (newsEvent.Date is { } date && date.CompareTo(published) > 0)
            {
                yield return DiagnosticCatalog.EventAfterPublication.Create(
                    input.Document.Path, Locate(input, newsEvent, date), Excerpt.Of(newsEvent.Summary), date, published);
            }
        }
    }

    private static SourceSpan Locate(ValidationInput input, NewsEvent newsEvent, CalendarDate date)
    {
        var mention = input.Article.Dates.FirstOrDefault(d => d.Paragraph == newsEvent.Paragraph && d.Value == date);
        if (mention is not null)
        {
            return input.Document.Span(mention.Start, mention.Length);
        }

        var paragraph = input.Structure.Paragraphs.FirstOrDefault(p => p.Index == newsEvent.Paragraph);
        return paragraph is null ? input.Document.Span(input.Structure.TitleStart, 0) : input.Document.Span(paragraph.Start, paragraph.Text.Length);
    }
}
