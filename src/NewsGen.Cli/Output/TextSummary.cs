using System.IO;
using System.Linq;
using NewsGen.Extraction.Corrections;
using NewsGen.Extraction.Model;

namespace NewsGen.Cli.Output;

/// <summary>The human-readable form of <c>inspect</c>.</summary>
internal static class TextSummary
{
    public static void Write(TextWriter output, string file, ExtractionResult result)
    {
        output.WriteLine($"== {file}");
        if (result.Article is { } article)
        {
            output.WriteLine($"id:        {article.Id}");
            output.WriteLine($"title:     {article.Title}");
            output.WriteLine($"published: {article.Published?.ToString() ?? "unknown"}");
            output.WriteLine($"photo:     {(article.Photo is { } photo ? photo.Credit : "none")}");
            output.WriteLine($"sections:  {string.Join(" | ", article.Sections.Select(s => $"{s.Heading ?? "(lead)"} [{s.Paragraphs.Count}]"))}");
            output.WriteLine($"people:    {string.Join(", ", article.People.Select(p => p.Name))}");
            output.WriteLine($"orgs:      {string.Join(", ", article.Organizations.Select(o => o.Name))}");
            output.WriteLine($"places:    {string.Join(", ", article.Places.Select(p => p.Name))}");
            foreach (var quote in article.Quotes)
            {
                output.WriteLine($"quote:     {quote.Speaker?.Name ?? "?"}: \u201c{quote.Text}\u201d");
            }

            foreach (var date in article.Dates)
            {
                output.WriteLine($"date:      {date.Text} = {date.Value?.ToString() ?? "?"}");
            }

            foreach (var newsEvent in article.Events)
            {
                output.WriteLine($"event:     {newsEvent.Date?.ToString() ?? "?"} {newsEvent.Place ?? "-"}: {string.Join(", ", newsEvent.Participants.Select(p => p.Name))}");
            }
        }

        foreach (var applied in result.Corrections)
        {
            var where = DiagnosticText.Location(applied.Correction.Location.Path, applied.Correction.Location.Span);
            var what = applied.Problem ?? $"{applied.Changes} change{(applied.Changes == 1 ? string.Empty : "s")}";
            output.WriteLine($"corrected: {CorrectionsReader.Describe(applied.Correction)} ({where}): {what}");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine(DiagnosticText.Format(diagnostic, diagnostic.Severity));
        }
    }
}
