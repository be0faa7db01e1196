using System.IO;
using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Consumers;

/// <summary>
/// A consumer that declares its front-matter keys in C# with the packaged <c>[ArticleMetadata]</c>: its articles are
/// generated with a typed <c>Meta</c> it can query, and a value of the wrong type fails its build with an error at the
/// line and column of the text file.
/// </summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class MetadataSchemaTests(PackagedNewsGen package, ITestOutputHelper log)
{
    private const string Schema = """
        using NewsGen.Model;

        namespace Reader;

        public enum Desk { World, Business, CultureAndArts }

        [ArticleMetadata]
        public sealed record PostMeta(IReadOnlyList<string> Tags, bool Draft = false, Desk? Desk = null)
        {
            public Uri? CanonicalUrl { get; init; }
            public int Priority { get; init; }
        }

        """;

    private const string Program = """
        using Reader;

        foreach (var article in Articles.All)
            Console.WriteLine($"{article.Id}: [{string.Join(", ", article.Meta.Tags)}] draft={article.Meta.Draft} desk={article.Meta.Desk} url={article.Meta.CanonicalUrl} priority={article.Meta.Priority}");
        Console.WriteLine("live: " + string.Join(", ", Articles.All.Where(a => !a.Meta.Draft && a.Meta.Tags.Contains("harbour")).Select(a => a.Id)));

        """;

    private const string HarbourVote = """
        ---
        tags: [harbour, council]
        desk: culture-and-arts
        canonical_url: https://example.com/harbour-vote
        priority: 2
        ---
        Council backs harbour plan

        The town council voted on Tuesday to rebuild the old harbour wall.

        """;

    private const string FerryTimes = """
        ---
        tags:
          - harbour
          - ferry
        draft: true
        ---
        New ferry timetable published

        The ferry will sail twice a day from the spring.

        """;

    [Fact]
    public void A_declared_schema_gives_every_article_a_typed_Meta_that_queries_compile_against()
    {
        var app = ConsumerFolder.NewScenario(package, log, "metadata-schema");
        app.Write("Reader.csproj", ConsumerProject.Create("Exe", string.Empty, ConsumerProject.NewsGenReference(package)));
        app.Write("PostMeta.cs", Schema);
        app.Write("Program.cs", Program);
        app.Write("seeds/harbour-vote.txt", HarbourVote);
        app.Write("seeds/ferry-times.txt", FerryTimes);

        app.BuildWithoutWarnings();
        var run = app.Dotnet("run", "--no-build");

        OutputAssert.PrintedExactly(
            [
                "FerryTimes: [harbour, ferry] draft=True desk= url= priority=0",
                "HarbourVote: [harbour, council] draft=False desk=CultureAndArts url=https://example.com/harbour-vote priority=2",
                "live: HarbourVote",
            ],
            run);
    }

    [Fact]
    public void A_front_matter_value_of_the_wrong_type_fails_the_build_at_its_line_and_column()
    {
        var app = ConsumerFolder.NewScenario(package, log, "metadata-schema-errors");
        app.Write("Reader.csproj", ConsumerProject.Create("Exe", string.Empty, ConsumerProject.NewsGenReference(package)));
        app.Write("PostMeta.cs", Schema);
        app.Write("Program.cs", Program);
        app.Write("seeds/harbour-vote.txt", HarbourVote.Replace("priority: 2", "priority: high"));

        var build = app.DotnetFailing("build", "-nologo");

        var file = Path.Combine(app.Path, "seeds", "harbour-vote.txt");
        Assert.Contains($"{file}(5,11): error NG3102:", build.Output);
        Assert.DoesNotContain("error CS", build.Output);
    }
}
