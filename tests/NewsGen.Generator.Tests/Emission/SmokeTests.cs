using System.IO;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Emission;

public class SmokeTests
{
    [Fact]
    public void Seed_compiles()
    {
        var run = GeneratorHarness.Run([new TestArticle(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile))], ConsumerCode.UsingEverything());
        foreach (var (hint, text) in run.Sources)
        {
            File.WriteAllText(Path.Combine(Path.GetTempPath(), "ng_" + hint), text);
        }

        Assert.Empty(run.Problems);
    }
}
