using System.Collections.Generic;
using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Consumers;

/// <summary>
/// A consumer on an older target framework. The compiler is still the .NET 10 SDK's (the package needs it); this
/// machine has only the .NET 10 runtime, so the app is built for net8.0 and run with DOTNET_ROLL_FORWARD=Major.
/// </summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class Net8ConsumerTests(PackagedNewsGen package, ITestOutputHelper log)
{
    [Fact]
    public void Quick_start_on_net8_builds_and_prints_the_seed_article_title_and_quotes()
    {
        var scenario = ConsumerFolder.NewScenario(package, log, "net8");
        // The .NET 10 templates only offer net10.0, so the app is retargeted the way a user would: in the project file.
        scenario.Dotnet("new", "console", "--name", "Reader", "--output", "Reader");
        var app = scenario.Sub("Reader");
        var project = app.Read("Reader.csproj");
        Assert.Contains("<TargetFramework>net10.0</TargetFramework>", project);
        app.Write("Reader.csproj", project.Replace("<TargetFramework>net10.0</TargetFramework>", "<TargetFramework>net8.0</TargetFramework>"));
        app.Dotnet("add", "package", "NewsGen", "--version", package.Version);
        var seed = app.CopySeed("seeds/baku-meeting.txt");
        app.Write("Program.cs", ConsumerPrograms.QuickStart());

        app.BuildWithoutWarnings();
        var run = app.Run("dotnet", new Dictionary<string, string?> { ["DOTNET_ROLL_FORWARD"] = "Major" }, "run", "--no-build");

        OutputAssert.PrintedExactly(ExtractionOracle.TitleAndQuotes(seed), run);
    }
}
