using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Consumers;

/// <summary>The package README's quick start, step by step, on a brand-new console app.</summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class ConsoleQuickStartTests(PackagedNewsGen package, ITestOutputHelper log)
{
    [Fact]
    public void Readme_quick_start_prints_the_seed_article_title_and_quotes()
    {
        var scenario = ConsumerFolder.NewScenario(package, log, "console");
        scenario.Dotnet("new", "console", "--name", "Reader", "--output", "Reader");
        var app = scenario.Sub("Reader");
        app.Dotnet("add", "package", "NewsGen", "--version", package.Version);
        // Not a development dependency: the runtime library is a reference of the app, so the reference stays plain.
        Assert.DoesNotContain("PrivateAssets", app.Read("Reader.csproj"));
        var seed = app.CopySeed("seeds/baku-meeting.txt");
        app.Write("Program.cs", ConsumerPrograms.QuickStart());

        app.BuildWithoutWarnings();
        var run = app.Dotnet("run", "--no-build");

        OutputAssert.PrintedExactly(ExtractionOracle.TitleAndQuotes(seed), run);
    }
}
