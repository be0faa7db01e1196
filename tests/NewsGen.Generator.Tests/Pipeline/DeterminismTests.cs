using System;
using System.Linq;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>
/// The order in which the build lists additional files changes neither a byte of output nor the order of the files
/// (which decides the order of syntax trees, and so the bytes of the compiled assembly).
/// </summary>
public class DeterminismTests
{
    private static readonly TestArticle[] Articles =
    [
        new("/p/a.txt", "Same title\n\nFirst.\n"),
        new("/p/b.txt", "Same title\n\nSecond.\n"),
        new("/p/c.txt", "---\nid: Clash\n---\nThird\n\nBody.\n"),
        new("/p/d.txt", "---\nid: Clash\n---\nFourth\n\nBody.\n"),
        new("/p/e.txt", "Other story\n\nBody.\n"),
        new("/p/f.txt", "Fifth story\n\nBody.\n", Name: "OtherStory"),
    ];

    [Fact]
    public void Shuffled_additional_files_give_identical_output()
    {
        var expected = Generate(Articles);
        var random = new Random(1234);
        for (var i = 0; i < 3; i++)
        {
            var shuffled = Articles.OrderBy(_ => random.Next()).ToArray();

            Assert.Equal(expected, Generate(shuffled));
        }
    }

    [Fact]
    public void A_file_listed_twice_is_generated_once()
    {
        var output = Generate([.. Articles, Articles[4]]);

        Assert.Equal(Generate(Articles), output);
    }

    private static string[] Generate(TestArticle[] articles) =>
        GeneratorHarness.Driver(articles)
            .RunGenerators(GeneratorHarness.Compilation("Consumer", []))
            .GetRunResult().Results.Single().GeneratedSources
            .Select(s => s.HintName + "\n" + s.SourceText)
            .ToArray();
}
