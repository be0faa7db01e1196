using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Metadata;

/// <summary>A schema type that uses every supported kind of property, articles for it, and code reading it.</summary>
internal static class SchemaCode
{
    public const string Schema = """
        using System;
        using System.Collections.Generic;
        using NewsGen.Model;

        namespace Blog;

        internal enum Desk { World, Business, CultureAndArts }

        [ArticleMetadata]
        internal sealed record PostMeta(IReadOnlyList<string> Tags, bool Draft = false, Desk? Desk = null)
        {
            public string? Summary { get; init; }
            public int Priority { get; init; }
            public long Views { get; init; }
            public double Score { get; init; }
            public decimal Price { get; init; }
            public DateOnly? Embargo { get; init; }
            public DateTimeOffset Updated { get; init; }
            public Uri? CanonicalUrl { get; init; }
            public Desk[] Desks { get; init; } = [];
            public IReadOnlyCollection<int> Ratings { get; init; } = [];
            public IEnumerable<DateOnly> Days { get; init; } = [];
            public string[]? Aliases { get; init; }
            public required string Language { get; init; }
        }
        """;

    /// <summary>Typed access from C#: a property, a query over all articles, and every value printed.</summary>
    public const string Reader = """
        using System;
        using System.Linq;
        using NewsGen.Content;

        namespace Blog;

        internal static class Reader
        {
            public static string Tagged(string tag) => string.Join(",", Articles.All.Where(a => a.Meta.Tags.Contains(tag)).Select(a => a.Id));

            public static string Describe(string id)
            {
                Articles.TryGet(id, out var article);
                var m = article!.Meta;
                return FormattableString.Invariant(
                    $"{string.Join("+", m.Tags)}|{m.Draft}|{m.Desk}|{m.Summary}|{m.Priority}|{m.Views}|{m.Score}|{m.Price}|{m.Embargo:yyyy-MM-dd}|{m.Updated:O}|{m.CanonicalUrl}|{string.Join("+", m.Desks)}|{string.Join("+", m.Ratings)}|{string.Join("+", m.Days.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}|{(m.Aliases is null ? "null" : m.Aliases.Length)}|{m.Language}");
            }
        }
        """;

    public static readonly TestArticle Full = new("/project/seeds/vote.txt", """
        ---
        id: HarborVote
        tags: [harbour, council]
        draft: true
        desk: culture-and-arts
        summary: "A vote: on the \"harbour\"\u2028"
        Priority: -3
        views: 9000000000
        score: 2.5
        price: 10.50
        embargo: 2024-05-01
        updated: 2024-05-01T09:30:00.25+02:00
        canonical_url: https://example.com/harbour?a=1&b=2
        desks:
          - world
          - BUSINESS
        ratings: [1, 2]
        days: [2024-01-02]
        aliases: []
        language: en
        ---
        Harbour vote passes

        The council voted on Tuesday.
        """);

    public static readonly TestArticle Broken = new("/project/seeds/broken.txt", """
        ---
        id: Broken
        tags: 3
        draft: maybe
        priority: high
        desk: sport
        embargo: 2024-13-01
        canonical_url: example.com/page
        ratings: [1, two]
        colour: blue
        ---
        A quiet harbour

        Nothing happened.
        """);

    public static readonly TestArticle Plain = new("/project/seeds/plain.txt", "Plain story\n\nNo front matter at all.\n");
}
