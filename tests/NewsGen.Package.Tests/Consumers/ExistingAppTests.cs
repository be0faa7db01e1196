using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Consumers;

/// <summary>
/// NewsGen added to apps that already have a code base: types of their own named like the model's, computed members of
/// their own on the model, JSON with default options, and a trimmed app that serializes through the generated context.
/// Both apps are built by one solution build (each consumer build costs half a minute here).
/// </summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class ExistingAppTests(PackagedNewsGen package, ITestOutputHelper log)
{
    /// <summary>Every name the model uses, declared again by the app in its root namespace, where the entry classes go.</summary>
    private const string OwnTypes = """
        namespace Reader;

        internal abstract class Entity
        {
            public string Name { get; init; } = "";
        }

        internal sealed class Person : Entity;

        internal sealed class Organization : Entity;

        internal sealed class Place : Entity;

        internal sealed class Article
        {
            public List<Section> Sections { get; } = [];

            public Photo? Photo { get; init; }
        }

        internal sealed class Section;

        internal sealed class Photo;

        internal sealed class Quote;

        internal sealed class Event;

        """;

    private const string ReaderProgram = """
        using System.Text.Json;

        namespace Reader;

        /// <summary>A computed member on the model, without touching generated code (C# 14 extension members).</summary>
        internal static class ArticleReading
        {
            extension(NewsGen.Model.Article article)
            {
                public int ReadingMinutes => article.WordCount / 200 + 1;
            }
        }

        internal static class Program
        {
            private static void Main(string[] args)
            {
                var editor = new Person { Name = "the app's own person" };
                var article = Articles.BakuMeeting;
                Console.WriteLine(article.Title);
                foreach (var q in article.Quotes)
                    Console.WriteLine($"{q.Speaker?.Name}: {q.Text}");
                Console.WriteLine($"{article.ReadingMinutes} min, checked by {editor.Name}");
                File.WriteAllText(args[0], JsonSerializer.Serialize(Articles.All));
            }
        }

        """;

    private const string TrimmedProgram = """
        using System.Text.Json;
        using NewsGen.Serialization;
        using TrimmedReader;

        Console.WriteLine($"Reflection-based serialization enabled: {JsonSerializer.IsReflectionEnabledByDefault}");
        File.WriteAllText(args[0], JsonSerializer.Serialize(Articles.All, NewsGenJsonContext.Default.IReadOnlyListArticle));

        """;

    [Fact]
    public void Apps_with_their_own_model_names_print_quotes_extend_articles_and_serialize_them()
    {
        var scenario = ConsumerFolder.NewScenario(package, log, "existing-app");
        scenario.Write("Reader/Reader.csproj", Project(trimmed: false));
        scenario.Write("Reader/OwnTypes.cs", OwnTypes);
        scenario.Write("Reader/Program.cs", ReaderProgram);
        var seed = scenario.CopySeed("Reader/seeds/baku-meeting.txt");
        // PublishTrimmed turns on the trim analyzer in the build (a warning fails it) and turns off reflection-based
        // serialization at run time, so only the generated context can write the document.
        scenario.Write("TrimmedReader/TrimmedReader.csproj", Project(trimmed: true));
        scenario.Write("TrimmedReader/Program.cs", TrimmedProgram);
        scenario.CopySeed("TrimmedReader/seeds/baku-meeting.txt");
        scenario.Write("Apps.slnx", """
            <Solution>
              <Project Path="Reader/Reader.csproj" />
              <Project Path="TrimmedReader/TrimmedReader.csproj" />
            </Solution>
            """);

        scenario.BuildWithoutWarnings();
        var defaultJson = Path.Combine(scenario.Path, "default.json");
        var reader = scenario.Dotnet("run", "--no-build", "--project", "Reader", "--", defaultJson);
        var contextJson = Path.Combine(scenario.Path, "context.json");
        var trimmed = scenario.Dotnet("run", "--no-build", "--project", "TrimmedReader", "--", contextJson);

        var minutes = ExtractionOracle.Extract(seed).Article.WordCount / 200 + 1;
        OutputAssert.PrintedExactly([.. ExtractionOracle.TitleAndQuotes(seed), $"{minutes} min, checked by the app's own person"], reader);
        OutputAssert.PrintedExactly(["Reflection-based serialization enabled: False"], trimmed);
        AssertReadableArticles(seed, defaultJson);
        AssertReadableArticles(seed, contextJson);
    }

    /// <summary>The document is a list of the one article, with its title and the names of the people it quotes.</summary>
    private static void AssertReadableArticles(string seed, string jsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var article = Assert.Single(document.RootElement.EnumerateArray());
        var strings = Strings(article).ToHashSet();

        Assert.Equal(ExtractionOracle.Extract(seed).Article.Title, article.GetProperty("Title").GetString());
        Assert.Contains(ExtractionOracle.FirstQuotedPerson(seed), strings);
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private string Project(bool trimmed) =>
        ConsumerProject.Create("Exe", trimmed ? "<PublishTrimmed>true</PublishTrimmed>" : string.Empty, ConsumerProject.NewsGenReference(package));
}
