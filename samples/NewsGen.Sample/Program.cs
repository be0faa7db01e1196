using System;
using System.Linq;
using NewsGen.Model;
using NewsGen.Sample.Content;

namespace NewsGen.Sample;

/// <summary>Prints what NewsGen compiled from the seed articles: ids, titles, photo credits, sections, people,
/// quotes, dates and events.</summary>
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
            Console.WriteLine($"  published: {article.Published?.ToString("yyyy-MM-dd") ?? "not stated"}, relative dates read against {article.ReferenceDate?.ToString("yyyy-MM-dd") ?? "nothing"} ({article.ReferenceDateOrigin}), {article.WordCount} words, from {article.SourceFile}");
            Console.WriteLine($"  photo credit: {article.Photo?.Credit ?? "none"}");
            foreach (var section in article.Sections)
            {
                Console.WriteLine($"  section '{section.Heading ?? "(opening)"}': {section.Paragraphs.Count} paragraph(s)");
            }

            foreach (var person in article.People)
            {
                Console.WriteLine($"  person {person.Name}{(person.Roles.Count > 0 ? " (" + string.Join("; ", person.Roles) + ")" : "")}");
            }

            foreach (Quote quote in article.Quotes)
            {
                Console.WriteLine($"  {quote.Speaker?.Name ?? "(unattributed)"}: {quote.Text}  [{quote.Location}]");
            }

            Console.WriteLine($"  dates: {string.Join(", ", article.Dates.Select(d => $"{d.Text} = {d.Value?.ToString("yyyy-MM-dd") ?? "?"}"))}");
            foreach (Event newsEvent in article.Events)
            {
                Console.WriteLine($"  event {newsEvent.Date?.ToString("yyyy-MM-dd") ?? "undated"} in {newsEvent.Place?.Name ?? "unknown place"}: {string.Join(", ", newsEvent.Participants.Select(p => p.Name))}");
            }
        }

        // Entities are merged across articles and found by any form the text uses.
        if (People.Find("Gen. Curtis M. Scaparrotti") is { } commander)
        {
            Console.WriteLine();
            Console.WriteLine($"People.Find(\"Gen. Curtis M. Scaparrotti\"): {commander.Name}, in {commander.Articles.Count} article(s), {commander.Events.Count} event(s), also written {string.Join(", ", commander.Aliases)}");
        }

        return Articles.All.Count > 0 ? 0 : 1;
    }
}
