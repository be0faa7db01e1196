using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Tests.Identifiers;

/// <summary>
/// Test data standing in for the entity extractor: places whose mentions are every whole-word occurrence of their
/// name (and aliases) in the normalized text.
/// </summary>
internal static class HandBuiltEntities
{
    public static EntitySet Places(ArticleStructure structure, params (string Name, PlaceKind Kind, string[] Aliases)[] places) =>
        new([], [], places.Select(p => Place(structure, p.Name, p.Kind, p.Aliases)).ToArray());

    public static EntitySet Places(ArticleStructure structure, params (string Name, PlaceKind Kind)[] places) =>
        Places(structure, places.Select(p => (p.Name, p.Kind, System.Array.Empty<string>())).ToArray());

    private static Place Place(ArticleStructure structure, string name, PlaceKind kind, string[] aliases)
    {
        var mentions = new[] { name }.Concat(aliases)
            .SelectMany(form => Regex.Matches(structure.Document.Text, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(form)}(?![\p{{L}}\p{{N}}])").Cast<Match>())
            .OrderBy(m => m.Index)
            .Select(m => new Mention(0, m.Index, m.Length, m.Value))
            .ToEquatableArray();
        return new Place(name.Replace(" ", string.Empty), name, kind, aliases.ToEquatableArray(), mentions);
    }
}
