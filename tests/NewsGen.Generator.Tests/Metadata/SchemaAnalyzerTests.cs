using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Generator.Tests.Analyzers;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Metadata;

/// <summary>The analyzer checks front matter against the schema at the key or value, and the schema type on its members.</summary>
public class SchemaAnalyzerTests
{
    private static IReadOnlyList<Diagnostic> Analyze(string schema, params TestArticle[] articles) =>
        AnalyzerHarness.Analyze(GeneratorHarness.Compilation("Consumer", [schema]), articles);

    [Fact]
    public void Every_kind_of_front_matter_problem_is_reported_at_its_key_or_value()
    {
        var diagnostics = Analyze(SchemaCode.Schema, SchemaCode.Broken);

        Assert.Equal(
            [
                ("NG3103", 0, 0, "The front matter has no 'language', which PostMeta requires"),
                ("NG3102", 2, 6, "'tags' expects a list of text, not '3'"),
                ("NG3102", 3, 7, "'draft' expects true or false, not 'maybe'"),
                ("NG3102", 4, 10, "'priority' expects a whole number, not 'high'"),
                ("NG3104", 5, 6, "'sport' given for 'desk' is not a member of Desk; allowed: World, Business, CultureAndArts"),
                ("NG3105", 6, 9, "'2024-13-01' given for 'embargo' is not a date written YYYY-MM-DD"),
                ("NG3105", 7, 15, "'example.com/page' given for 'canonical_url' is not an absolute URL such as https://example.com/page"),
                ("NG3102", 8, 13, "'ratings' expects a list of whole numbers, not 'two'"),
                ("NG3101", 9, 0, "Unknown front-matter key 'colour'; expected one of tags, draft, desk, summary, priority, views, score, price, embargo, updated, canonical_url, desks, ratings, days, aliases, language, id, published, source, author, corrections"),
            ],
            diagnostics.Select(d => (d.Id, AnalyzerHarness.Start(d).Line, AnalyzerHarness.Start(d).Column, d.GetMessage())));
        Assert.All(diagnostics, d => Assert.Equal("/project/seeds/broken.txt", d.Location.GetLineSpan().Path));
    }

    [Fact]
    public void A_complete_front_matter_has_no_diagnostics_and_an_article_without_one_misses_its_required_keys()
    {
        var diagnostics = Analyze(SchemaCode.Schema, SchemaCode.Full, SchemaCode.Plain).Where(d => d.Id.StartsWith("NG31", System.StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [("NG3103", "/project/seeds/plain.txt", 0, 0), ("NG3103", "/project/seeds/plain.txt", 0, 0)],
            diagnostics.Select(d => (d.Id, AnalyzerHarness.Start(d).Path, AnalyzerHarness.Start(d).Line, AnalyzerHarness.Start(d).Column)));
        Assert.Equal(["The front matter has no 'language', which PostMeta requires", "The front matter has no 'tags', which PostMeta requires"], diagnostics.Select(d => d.GetMessage()).Order());
    }

    [Fact]
    public void A_repeated_key_is_reported_on_the_repeat_with_the_first_as_further_location()
    {
        var diagnostic = Assert.Single(Analyze(
            "[NewsGen.Model.ArticleMetadata] internal sealed record Meta(string? CanonicalUrl);",
            new TestArticle("/p/a.txt", "---\ncanonical_url: a\ncanonicalUrl: b\n---\nTitle\n")));

        Assert.Equal(("NG3106", 2, 0), (diagnostic.Id, AnalyzerHarness.Start(diagnostic).Line, AnalyzerHarness.Start(diagnostic).Column));
        Assert.Equal(1, Assert.Single(diagnostic.AdditionalLocations).GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Keys_match_in_any_case_and_in_snake_and_kebab_case()
    {
        Assert.Empty(Analyze(
            "[NewsGen.Model.ArticleMetadata] internal sealed record Meta(string CanonicalUrl, string ReadingTime, string SeoTitle);",
            new TestArticle("/p/a.txt", "---\ncanonical_url: a\nreading-time: b\nSEOTITLE: c\nid: Pinned\nauthor: Someone\n---\nTitle\n")));
    }

    [Fact]
    public void A_property_of_an_unsupported_type_is_reported_on_the_property()
    {
        const string schema = """
            using System.Collections.Generic;

            [NewsGen.Model.ArticleMetadata]
            internal sealed record Meta(Dictionary<string, string> Extra, string? Summary = null)
            {
                public object? Anything { get; init; }
                public int?[] Scores { get; init; } = [];
                public Missing? NotResolved { get; init; }
            }
            """;

        var diagnostics = Analyze(schema, new TestArticle("/p/a.txt", "---\nextra: 1\nsummary: fine\n---\nTitle\n"));

        Assert.Equal(
            [
                ("NG3107", 3, 55, "The metadata property 'Extra' has type 'System.Collections.Generic.Dictionary<string, string>', which front matter cannot set"),
                ("NG3107", 5, 19, "The metadata property 'Anything' has type 'object', which front matter cannot set"),
                ("NG3107", 6, 18, "The metadata property 'Scores' has type 'int?[]', which front matter cannot set"),
            ],
            diagnostics.Select(d => (d.Id, AnalyzerHarness.Start(d).Line, AnalyzerHarness.Start(d).Column, d.GetMessage())));
    }

    [Fact]
    public void A_second_schema_type_is_reported_and_the_first_by_name_is_used()
    {
        const string schemas = """
            [NewsGen.Model.ArticleMetadata] internal sealed record PostMeta(string Summary);
            [NewsGen.Model.ArticleMetadata] internal sealed record PageMeta(string Title);
            [NewsGen.Model.ArticleMetadata] internal abstract record BaseMeta(string Title);
            [NewsGen.Model.ArticleMetadata] file sealed record LocalMeta(NoSuchType Title);
            """;

        var diagnostics = Analyze(schemas, new TestArticle("/p/a.txt", "---\ntitle: x\n---\nTitle\n"));

        Assert.Equal(
            [
                ("NG3108", 0, 55, "The metadata schema 'PostMeta' is not used: 'PageMeta' comes first by full name, and a project has one schema"),
                ("NG3108", 2, 57, "The metadata schema 'BaseMeta' is not used: it is abstract"),
                ("NG3108", 3, 51, "The metadata schema 'LocalMeta' is not used: it is a file-local type, which generated code cannot see"),
            ],
            diagnostics.Select(d => (d.Id, AnalyzerHarness.Start(d).Line, AnalyzerHarness.Start(d).Column, d.GetMessage())).Order());
    }
}
