using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Quotes;

/// <summary>Builds small articles and hand-made entity sets for quote tests.</summary>
internal static class QuoteTestText
{
    /// <summary>Runs quote extraction on a title line followed by the given paragraphs.</summary>
    public static QuoteResult Extract(EntitySet entities, params string[] paragraphs)
    {
        var text = "Title\n\n" + string.Join("\n\n", paragraphs) + "\n";
        var document = SourceDocument.Create("test.txt", text);
        var structure = StructureReader.Read(document, 0, ExtractionOptions.Default);
        return QuoteExtractor.Extract(structure, entities);
    }

    public static QuoteResult Extract(params string[] paragraphs) => Extract(EntitiesOf(), paragraphs);

    /// <summary>An entity set from names: "Person:Name|Alias|Alias@Role;Role" or "Org:Name|Alias".</summary>
    public static EntitySet EntitiesOf(params string[] specs)
    {
        var people = new List<Person>();
        var organizations = new List<Organization>();
        foreach (var spec in specs)
        {
            var kind = spec.Substring(0, spec.IndexOf(':'));
            var parts = spec.Substring(kind.Length + 1).Split('@');
            var names = parts[0].Split('|');
            var aliases = names.Skip(1).ToArray().ToEquatableArray();
            if (kind == "Person")
            {
                var roles = parts.Length > 1 ? parts[1].Split(';').ToEquatableArray() : EquatableArray<string>.Empty;
                people.Add(new Person("p" + people.Count, names[0], aliases, roles, EquatableArray<Mention>.Empty));
            }
            else
            {
                organizations.Add(new Organization("o" + organizations.Count, names[0], aliases, EquatableArray<Mention>.Empty));
            }
        }

        return new EntitySet(people, organizations, new List<Place>());
    }

    public static string? SpeakerOf(this QuoteResult result, string quoteStart) =>
        result.Quotes.Single(q => q.Text.StartsWith(quoteStart, System.StringComparison.Ordinal)).Speaker?.Name;
}
