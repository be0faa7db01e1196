using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using NewsGen.Model;

namespace NewsGen.Web;

/// <summary>
/// Renders a paragraph or the photo caption with its quotes highlighted (speaker linked, anchor for links back) and
/// its dates marked up with the day they resolve to. Text is HTML-encoded; markup comes only from the model.
/// </summary>
internal static class ArticleText
{
    private const string ClosingMarks = "\u201D\u2019\"'";

    public static IHtmlContent Paragraph(Article article, int index) =>
        Render(article.Paragraphs[index], article.Quotes.Where(q => q.Location.IsBody && q.Location.Paragraph == index),
            article.Dates.Where(d => d.Location.IsBody && d.Location.Paragraph == index));

    public static IHtmlContent Caption(Article article, Photo photo) =>
        Render(photo.Caption, article.Quotes.Where(q => q.Location.Part == ArticlePart.Caption),
            article.Dates.Where(d => d.Location.Part == ArticlePart.Caption));

    /// <summary>A day as the pages write it, e.g. <c>13 December 2018</c>.</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    private static IHtmlContent Render(string text, IEnumerable<Quote> quotes, IEnumerable<DateMention> dates)
    {
        var quoteSpans = NonOverlapping(quotes.Select(q => new Span<Quote>(Find(text, q.Text, q.Location.Start), q.Text.Length, q)));
        var dateSpans = NonOverlapping(dates.Select(d => new Span<DateMention>(Find(text, d.Text, d.Location.Start), d.Text.Length, d)));
        var html = new HtmlContentBuilder();
        var position = 0;
        foreach (var span in quoteSpans)
        {
            AppendWithDates(html, text, position, span.Start, dateSpans);
            var quote = span.Item;
            html.AppendHtml($"<mark class=\"quote\" id=\"{Links.Anchor(quote)}\">");
            AppendWithDates(html, text, span.Start, span.End, dateSpans);
            html.AppendHtml("</mark>");
            position = span.End;

            // The speaker's badge goes after the closing quotation mark, outside the quoted words.
            if (position < text.Length && ClosingMarks.Contains(text[position]))
            {
                html.Append(text[position].ToString());
                position++;
            }

            if (quote.Speaker is { } speaker)
            {
                html.AppendHtml($"<a class=\"speaker\" href=\"{Attribute(Links.To(speaker))}\">{Attribute(speaker.Name)}</a>");
            }
        }

        AppendWithDates(html, text, position, text.Length, dateSpans);
        return html;
    }

    private static void AppendWithDates(HtmlContentBuilder html, string text, int from, int to, IReadOnlyList<Span<DateMention>> dates)
    {
        var position = from;
        foreach (var span in dates)
        {
            if (span.Start < position || span.End > to)
            {
                continue;
            }

            html.Append(text[position..span.Start]);
            var mention = span.Item;
            html.AppendHtml(mention.Value is { } day
                ? $"<time class=\"date\" datetime=\"{day:yyyy-MM-dd}\" title=\"{Attribute(Day(day))}\">"
                : "<time class=\"date unresolved\" title=\"not resolved to a calendar day\">");
            html.Append(text[span.Start..span.End]);
            html.AppendHtml("</time>");
            position = span.End;
        }

        html.Append(text[position..to]);
    }

    /// <summary>Where <paramref name="value"/> starts at or after <paramref name="from"/>; -1 when the text does not hold it.</summary>
    private static int Find(string text, string value, int from) =>
        from >= 0 && from <= text.Length && value.Length > 0 ? text.IndexOf(value, from, StringComparison.Ordinal) : -1;

    private static List<Span<T>> NonOverlapping<T>(IEnumerable<Span<T>> spans)
    {
        var kept = new List<Span<T>>();
        foreach (var span in spans.Where(s => s.Start >= 0).OrderBy(s => s.Start))
        {
            if (kept.Count == 0 || span.Start >= kept[^1].End)
            {
                kept.Add(span);
            }
        }

        return kept;
    }

    private static string Attribute(string value) => HtmlEncoder.Default.Encode(value);

    private readonly record struct Span<T>(int Start, int Length, T Item)
    {
        public int End => Start + Length;
    }
}
