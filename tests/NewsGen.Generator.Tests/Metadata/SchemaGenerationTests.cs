using System.Linq;
using System.Reflection;
using System.Text.Json;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Metadata;

/// <summary>With a type marked [ArticleMetadata], articles are Article&lt;TMeta&gt; whose Meta holds the front matter, typed.</summary>
public class SchemaGenerationTests
{
    private static GeneratorRun Run(params TestArticle[] articles)
    {
        var compilation = GeneratorHarness.Compilation("Schema", [SchemaCode.Schema, SchemaCode.Reader]);
        var driver = GeneratorHarness.Driver(articles).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }

    [Fact]
    public void Every_supported_type_is_read_from_front_matter_and_typed_in_code()
    {
        var run = Run(SchemaCode.Full, SchemaCode.Plain);

        Assert.Empty(run.Problems);
        var reader = Compiler.Load(run.Output).GetTypes().Single(t => t.Name == "Reader");
        Assert.Equal(
            "harbour+council|True|CultureAndArts|A vote: on the \"harbour\"\u2028|-3|9000000000|2.5|10.50|2024-05-01|2024-05-01T09:30:00.2500000+02:00|https://example.com/harbour?a=1&b=2|World+Business|1+2|2024-01-02|0|en",
            Describe(reader, "HarborVote"));
        Assert.Equal("HarborVote", reader.GetMethod("Tagged")!.Invoke(null, ["council"]));
    }

    [Fact]
    public void Bad_and_missing_values_are_left_out_and_the_code_compiles_without_warnings()
    {
        var run = Run(SchemaCode.Broken, SchemaCode.Plain);

        Assert.Empty(run.Problems);
        var reader = Compiler.Load(run.Output).GetTypes().Single(t => t.Name == "Reader");
        Assert.Equal("|False|||0|0|0|0||0001-01-01T00:00:00.0000000+00:00|||||null|", Describe(reader, "Broken"));
    }

    [Fact]
    public void Touching_one_article_creates_only_its_metadata()
    {
        var articles = GeneratedApi.Type(Compiler.Load(Run(SchemaCode.Full, SchemaCode.Plain, SchemaCode.Broken).Output), "Articles");
        var set = (NewsGen.Runtime.ContentSet)articles.Assembly.GetType("NewsGen.Content.NewsGenContent")!
            .GetProperty("Set", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;

        var meta = GeneratedApi.Get(GeneratedApi.Property(articles, "HarborVote")!, "Meta")!;

        Assert.Equal("en", GeneratedApi.Get(meta, "Language"));
        Assert.Equal(["HarborVote"], set.DecodedArticles);
        Assert.False(set.IsIndexDecoded);
    }

    [Fact]
    public void Without_a_schema_articles_stay_plain()
    {
        var run = GeneratorHarness.Run([SchemaCode.Full]);

        Assert.Contains("global::NewsGen.Model.Article HarborVote =>", run.ArticleFile("HarborVote"));
        Assert.DoesNotContain("Meta(", run.Source("NewsGen.Index.g.cs"));
    }

    [Fact]
    public void All_serializes_with_its_metadata()
    {
        var run = Run(SchemaCode.Full);
        var articles = GeneratedApi.Type(Compiler.Load(run.Output), "Articles");

        var json = JsonSerializer.Serialize(GeneratedApi.Property(articles, "All"), GeneratedApi.Property(articles, "All")!.GetType());

        Assert.Contains("\"Meta\":{\"Tags\":[\"harbour\",\"council\"],\"Draft\":true", json);
    }

    [Fact]
    public void Schema_article_group_file_matches_its_baseline()
    {
        var run = Run(SchemaCode.Full);

        Assert.Empty(run.Problems);
        Baseline.Verify("Schema.ArticleGroup.HarborVote", run.ArticleFile("HarborVote"));
    }

    [Fact]
    public void Unsupported_members_get_their_default_and_the_code_compiles()
    {
        const string schema = """
            [NewsGen.Model.ArticleMetadata]
            internal sealed record Meta(System.Collections.Generic.Dictionary<string, string> Extra, string? Summary = null)
            {
                public required object Anything { get; init; }
                public System.TimeSpan Length { get; init; }
            }
            """;

        var run = GeneratorHarness.Run([new TestArticle("/p/a.txt", "---\nextra: 1\nanything: 2\nlength: 3\nsummary: fine\n---\nTitle\n\nBody.\n")], schema);

        Assert.Empty(run.Problems);
        Assert.Contains("new global::Meta(@Extra: default!, @Summary: \"fine\") { @Anything = default! }", run.ArticleFiles.Single().Text);
    }

    [Theory]
    [InlineData("internal", "global::PageMeta")]
    [InlineData("public", "global::PublicMeta")]
    public void Of_several_marked_types_the_first_usable_one_by_name_is_the_schema(string accessibility, string expected)
    {
        const string schemas = """
            [NewsGen.Model.ArticleMetadata] internal sealed record PostMeta(string? Summary);
            [NewsGen.Model.ArticleMetadata] internal sealed record PageMeta(string? Summary);
            [NewsGen.Model.ArticleMetadata] internal abstract record BaseMeta(string? Summary);
            [NewsGen.Model.ArticleMetadata] internal sealed record Generic<T>(string? Summary);
            /// <summary>The schema a public content library can expose.</summary>
            /// <param name="Summary">A summary.</param>
            [NewsGen.Model.ArticleMetadata] public sealed record PublicMeta(string? Summary);
            """;

        var run = GeneratorHarness.Run(
            [new TestArticle("/p/a.txt", "Title\n\nBody.\n")],
            schemas,
            new System.Collections.Generic.Dictionary<string, string> { ["build_property.NewsGenAccessibility"] = accessibility });

        Assert.Empty(run.Problems);
        Assert.Contains("global::NewsGen.Model.Article<" + expected + "> ", run.ArticleFiles.Single().Text);
    }

    private static string Describe(System.Type reader, string id) =>
        (string)reader.GetMethod("Describe", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [id])!;
}
