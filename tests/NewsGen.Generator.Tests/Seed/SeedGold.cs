using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Seed;

/// <summary>
/// The hand-made gold for the seed article, kept in the repository so a clone without <c>../shared</c> can run the
/// seed tests, and the name comparison the scorer uses to match it.
/// </summary>
internal static class SeedGold
{
    public const string SharedPath = "gold/000_bfda32527d1fa4f3.json";

    public static string LocalFile { get; } =
        Path.Combine(RepoPaths.Root, "tests", "NewsGen.Generator.Tests", "Seed", "000_bfda32527d1fa4f3.gold.json");

    public static JsonElement Read() => JsonDocument.Parse(File.ReadAllText(LocalFile)).RootElement.Clone();

    public static IEnumerable<string> Strings(JsonElement element) => element.EnumerateArray().Select(e => e.GetString()!);

    /// <summary>Quote marks the scorer ignores; gold quote texts leave them out while extracted texts may keep them.</summary>
    private const string QuoteMarks = "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E\u201A";

    /// <summary>Same words as scorer's honorific list: gold aliases are bare names, extracted ones may carry a title.</summary>
    private static readonly HashSet<string> Honorifics =
    [
        "gen", "general", "president", "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
        "prof", "professor", "rev", "sen", "senator", "rep", "gov", "governor", "col", "capt", "lt", "adm",
        "minister", "secretary", "king", "queen", "prince", "princess", "pope", "judge", "justice",
    ];

    private static readonly Regex Spaces = new(@"\s+", RegexOptions.CultureInvariant);

    /// <summary>A quote's text without the quote marks and white space around it.</summary>
    public static string Unquoted(string text) => text.Trim().Trim(QuoteMarks.ToCharArray()).Trim();

    /// <summary>The scorer's <c>norm</c>: NFKC, no quote marks, single spaces, lower case, no trailing punctuation.</summary>
    public static string Normalized(string text)
    {
        var s = text.Normalize(System.Text.NormalizationForm.FormKC);
        foreach (var mark in QuoteMarks)
        {
            s = s.Replace(mark.ToString(), string.Empty, System.StringComparison.Ordinal);
        }

        return Spaces.Replace(s, " ").Trim().ToLowerInvariant().Trim(' ', ',', '.', ';', ':');
    }

    /// <summary>The scorer's <c>bare_name</c>: "Gen. Curtis M. Smith" and "curtis m. smith" are the same name.</summary>
    public static string BareName(string name)
    {
        var words = Normalized(name).Split(' ').ToList();
        while (words.Count > 1 && Honorifics.Contains(words[0].TrimEnd('.')))
        {
            words.RemoveAt(0);
        }

        return string.Join(" ", words);
    }
}
