using System;
using System.Linq;
using NewsGen.Curated.Content;

namespace NewsGen.Curated;

/// <summary>
/// Prints the typed metadata of the articles in <c>articles/</c> (declared by <see cref="PostMeta"/>), queries them by
/// it, and shows what the corrections in <c>articles/newsgen.yml</c> and in one article's front matter changed.
/// </summary>
internal static class Program
{
    private static int Main()
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        foreach (var article in Articles.All)
        {
            var meta = article.Meta;
            Console.WriteLine($"{article.Id}: {article.Title}");
            Console.WriteLine($"  desk {meta.Desk}, tags [{string.Join(", ", meta.Tags)}]{(meta.Draft ? ", draft" : "")}");
            Console.WriteLine($"  summary: {meta.Summary ?? "(none)"}");
            Console.WriteLine($"  canonical URL: {meta.CanonicalUrl?.ToString() ?? "(none)"}");
        }

        // Queries are checked by the compiler: Meta is a PostMeta, not a dictionary of strings.
        var published = Articles.All.Where(a => !a.Meta.Draft).ToList();
        Console.WriteLine();
        Console.WriteLine($"Published ({published.Count} of {Articles.All.Count}): {string.Join(", ", published.Select(a => a.Id))}");
        Console.WriteLine($"Tagged 'asylum': {string.Join(", ", Articles.All.Where(a => a.Meta.Tags.Contains("asylum")).Select(a => a.Id))}");

        // "Questions" (suppressed for the folder in articles/newsgen.yml) and "Nasty" (suppressed by one article's
        // front matter) are words of the text that extraction would otherwise compile as people.
        Console.WriteLine();
        foreach (var name in new[] { "Questions", "Nasty" })
        {
            Console.WriteLine($"People.Find(\"{name}\"): {People.Find(name)?.Name ?? "none (suppressed by a correction)"}");
        }

        Console.WriteLine($"People: {string.Join(", ", People.All.Select(p => p.Roles.Count > 0 ? $"{p.Name} ({string.Join("; ", p.Roles)})" : p.Name))}");
        return published.Count > 0 ? 0 : 1;
    }
}
