using System;
using System.Linq;
using NewsGen.Sample.Content;

namespace NewsGen.Sample;

/// <summary>Prints what NewsGen compiled from the seed articles: ids, titles, photo credits, sections and quotes.</summary>
internal static class Program
{
    private static int Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        Console.WriteLine($"{Articles.All.Count} article(s): {string.Join(", ", Articles.All.Select(a => a.Id))}");
        foreach (var article in Articles.All)
        {
            Console.WriteLine();
            Console.WriteLine($"{article.Id}: {article.Title}");
            Console.WriteLine($"  published: {article.Published?.ToString("yyyy-MM-dd") ?? "unknown"}, {article.WordCount} words, from {article.SourceFile}");
            Console.WriteLine($"  photo credit: {article.Photo?.Credit ?? "none"}");
            foreach (var section in article.Sections)
            {
                Console.WriteLine($"  section '{section.Heading ?? "(opening)"}': {section.Paragraphs.Count} paragraph(s)");
            }

            foreach (var quote in article.Quotes)
            {
                Console.WriteLine($"  {quote.Speaker?.Name}: {quote.Text}");
            }
        }

        return Articles.All.Count > 0 ? 0 : 1;
    }
}
