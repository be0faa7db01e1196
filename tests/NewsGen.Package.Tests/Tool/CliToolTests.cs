using System.IO;
using System.Text.Json;
using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Tool;

/// <summary>The newsgen command, installed from the packed NewsGen.Cli tool package.</summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class CliToolTests(PackagedNewsGen package, ITestOutputHelper log)
{
    [Fact]
    public void Installed_tool_inspects_the_seed_article_like_the_engine()
    {
        var scenario = ConsumerFolder.NewScenario(package, log, "tool");
        var seed = scenario.CopySeed("seeds/000_bfda32527d1fa4f3.txt");
        var tools = Path.Combine(scenario.Path, "tools");
        // The command a user runs names the feed with add-source, which NuGet refuses while a source mapping is in force.
        scenario.Write("nuget.config", """
            <configuration>
              <packageSourceMapping>
                <clear />
              </packageSourceMapping>
            </configuration>
            """);
        scenario.Dotnet("tool", "install", "--tool-path", tools, "--add-source", package.Feed, "NewsGen.Cli", "--version", package.Version);

        var inspect = scenario.Run(Path.Combine(tools, "newsgen"), null, "inspect", "--json", "seeds/000_bfda32527d1fa4f3.txt");

        var expected = ExtractionOracle.Extract(seed);
        using var dump = JsonDocument.Parse(inspect.StandardOutput);
        var article = Assert.Single(dump.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(expected.Article.Id, article.GetProperty("id").GetString());
        Assert.Equal(expected.Article.Title, article.GetProperty("title").GetString());
    }
}
