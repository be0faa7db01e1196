using System.Linq;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>Code emitted from hand-built models compiles without a single warning, together with code that uses it.</summary>
public class ModelCompileTests
{
    [Fact]
    public void Rich_article_compiles_without_warnings()
    {
        var files = ModelEmission.Render([Models.Rich(), Models.Article("/project/articles/second.txt", "Second")]);

        var compilation = Compiler.Compile(files.Select(f => f.Text).Append(ConsumerCode.UsingEverything("Test.Content")));

        Assert.Empty(Compiler.Problems(compilation));
    }

    [Fact]
    public void Internal_accessibility_compiles_without_warnings()
    {
        var files = ModelEmission.Render([Models.Rich()], ModelEmission.Settings(accessibility: "internal"));

        var compilation = Compiler.Compile(files.Select(f => f.Text).Append(ConsumerCode.UsingEverything("Test.Content")));

        Assert.Empty(Compiler.Problems(compilation));
        Assert.Contains("internal static partial class Articles", files.Single(f => f.HintName == "NewsGen.Content.g.cs").Text);
    }

    [Fact]
    public void Empty_corpus_compiles_without_warnings()
    {
        var files = ModelEmission.Render([]);

        var compilation = Compiler.Compile(files.Select(f => f.Text).Append(ConsumerCode.UsingEverything("Test.Content")));

        Assert.Empty(Compiler.Problems(compilation));
    }
}
