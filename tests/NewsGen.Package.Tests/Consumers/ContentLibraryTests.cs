using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Consumers;

/// <summary>
/// Class libraries that compile articles, referenced by an app that does not use NewsGen itself: the entry classes
/// are internal unless a library asks for public ones, the model is one set of types whichever library an object comes
/// from, and the runtime library reaches the app through the libraries' package reference.
/// </summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class ContentLibraryTests(PackagedNewsGen package, ITestOutputHelper log)
{
    // Front matter is read by the YamlDotNet bundled in the analyzer folder, so this also proves it loads in the compiler.
    private const string BridgeArticle = """
        ---
        # the id the file name would give, written out
        id: BridgeReopens
        source: "Harbour Gazette: evening edition"
        ---
        Harbour bridge reopens after repairs

        The city council said on Monday that the harbour bridge had reopened after three months of repairs.

        "Traffic is flowing again and the ferries can go back to their normal timetable," said Mayor Jane Holloway.

        """;

    private static readonly string[] EntryClasses = ["Articles", "Events", "Organizations", "People", "Places", "Quotes"];

    [Fact]
    public void Content_libraries_are_internal_by_default_public_when_asked_and_share_one_model_with_the_app()
    {
        var scenario = ConsumerFolder.NewScenario(package, log, "libraries");
        // A public content library that names its namespace and its one article through the documented settings.
        scenario.Write("Politics/Politics.csproj", Library("""
            <NewsGenAccessibility>public</NewsGenAccessibility>
            <NewsGenNamespace>Politics.Stories</NewsGenNamespace>
            """, """
            <AdditionalFiles Include="seeds/baku.txt" NewsGenArticle="true" NewsGenName="GeneralsMeeting" />
            """));
        var politicsSeed = scenario.CopySeed("Politics/seeds/baku.txt");
        scenario.Write("City/City.csproj", Library("<NewsGenAccessibility>public</NewsGenAccessibility>"));
        scenario.Write("City/seeds/bridge-reopens.txt", BridgeArticle);
        // Internal by default: a library of its own articles that also reads another content library.
        scenario.Write("Archive/Archive.csproj", Library(string.Empty, """<ProjectReference Include="../Politics/Politics.csproj" />"""));
        scenario.Write("Archive/seeds/bridge-reopens.txt", BridgeArticle);
        scenario.Write("Archive/Shelf.cs", """
            namespace Archive;

            /// <summary>The library's only public type: its generated entry classes stay internal.</summary>
            public static class Shelf
            {
                public static string Headlines => $"{Politics.Stories.Articles.GeneralsMeeting.Title} | {Articles.BridgeReopens.Title}";
            }
            """);
        // The app has no NewsGen reference of its own: NewsGen.Runtime comes through the libraries.
        scenario.Write("App/App.csproj", ConsumerProject.Create("Exe", string.Empty, """
            <ProjectReference Include="../Politics/Politics.csproj" />
            <ProjectReference Include="../City/City.csproj" />
            <ProjectReference Include="../Archive/Archive.csproj" />
            """));
        scenario.Write("App/Program.cs", """
            using System;
            using NewsGen.Model;

            Console.WriteLine(Byline(Politics.Stories.Articles.GeneralsMeeting.Quotes.Select(q => q.Speaker).OfType<Person>().First()));
            Console.WriteLine(Byline(City.Articles.BridgeReopens.Quotes.Select(q => q.Speaker).OfType<Person>().First()));
            Console.WriteLine(Archive.Shelf.Headlines);

            static string Byline(Person person) => $"{person.Name} in {person.Articles[0].Title}";

            """);
        var app = scenario.Sub("App");

        app.BuildWithoutWarnings();
        var run = app.Dotnet("run", "--no-build");

        var citySeed = Path.Combine(scenario.Path, "City", "seeds", "bridge-reopens.txt");
        var politicsTitle = ExtractionOracle.Extract(politicsSeed).Article.Title;
        var cityTitle = ExtractionOracle.Extract(citySeed).Article.Title;
        OutputAssert.PrintedExactly(
            [
                $"{ExtractionOracle.FirstQuotedPerson(politicsSeed)} in {politicsTitle}",
                $"{ExtractionOracle.FirstQuotedPerson(citySeed)} in {cityTitle}",
                $"{politicsTitle} | {cityTitle}",
            ],
            run);
        Assert.Equal(EntryClasses.Select(c => ("Politics.Stories", c)), PublicTypes(scenario, "Politics"));
        Assert.Equal(EntryClasses.Select(c => ("City", c)), PublicTypes(scenario, "City"));
        Assert.Equal([("Archive", "Shelf")], PublicTypes(scenario, "Archive"));
        Assert.True(File.Exists(Path.Combine(app.Path, "bin", "Debug", "net10.0", "NewsGen.Runtime.dll")), "NewsGen.Runtime.dll did not reach the app's output.");
        // The generator stays private to the libraries (NuGet keeps analyzers private): nothing is generated in the app.
        Assert.DoesNotContain(Types(scenario, "App"), t => t.Name == "Articles");
    }

    private static (string Namespace, string Name)[] PublicTypes(ConsumerFolder scenario, string project) =>
        Types(scenario, project).Where(t => t.IsPublic).Select(t => (t.Namespace, t.Name)).Order().ToArray();

    private static (string Namespace, string Name, bool IsPublic)[] Types(ConsumerFolder scenario, string project)
    {
        using var stream = File.OpenRead(Path.Combine(scenario.Path, project, "bin", "Debug", "net10.0", project + ".dll"));
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Select(t => (metadata.GetString(t.Namespace), metadata.GetString(t.Name), (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public))
            .ToArray();
    }

    private string Library(string properties, string items = "") =>
        ConsumerProject.Create("Library", properties, $"{ConsumerProject.NewsGenReference(package)}\n{items}");
}
