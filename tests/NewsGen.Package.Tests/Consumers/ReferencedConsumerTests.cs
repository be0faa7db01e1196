using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Consumers;

/// <summary>
/// An app that references a library, both using NewsGen with their own articles: each compiles its own types in its own
/// namespace, and nothing generated in one conflicts with the other (a conflict is warning CS0436, an error here).
/// </summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class ReferencedConsumerTests(PackagedNewsGen package, ITestOutputHelper log)
{
    private const string BridgeArticle = """
        Harbour bridge reopens after repairs

        The city council said on Monday that the harbour bridge had reopened after three months of repairs.

        "Traffic is flowing again and the ferries can go back to their normal timetable," said Mayor Jane Holloway.

        """;

    [Fact]
    public void App_and_referenced_library_each_compile_their_own_articles()
    {
        var scenario = ConsumerFolder.NewScenario(package, log, "referenced");
        scenario.Write("Lib/Lib.csproj", Project("Library", package.Version, reference: null));
        var libSeed = scenario.CopySeed("Lib/seeds/baku-meeting.txt");
        scenario.Write("App/App.csproj", Project("Exe", package.Version, reference: "../Lib/Lib.csproj"));
        scenario.Write("App/seeds/bridge-reopens.txt", BridgeArticle);
        scenario.Write("App/Program.cs", """
            using System;

            Console.WriteLine(Lib.Articles.BakuMeeting.Title);
            Console.WriteLine(App.Articles.BridgeReopens.Title);

            """);
        var app = scenario.Sub("App");

        app.BuildWithoutWarnings();
        var run = app.Dotnet("run", "--no-build");

        var appSeed = System.IO.Path.Combine(app.Path, "seeds", "bridge-reopens.txt");
        OutputAssert.PrintedExactly([ExtractionOracle.Extract(libSeed).Article.Title, ExtractionOracle.Extract(appSeed).Article.Title], run);
    }

    private static string Project(string outputType, string version, string? reference) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="NewsGen" Version="{version}" PrivateAssets="all" />
            {(reference is null ? string.Empty : $"<ProjectReference Include=\"{reference}\" />")}
          </ItemGroup>
        </Project>
        """;
}
