using System.IO;
using System.Linq;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>
/// Real articles from the dev corpus: the generated code compiles without a warning. A fixed third of the corpus
/// keeps the suite fast; the whole corpus adds compile time, not coverage of the generator.
/// </summary>
public class CorpusCompilesTests
{
    [SharedFact("corpus/polnear-dev/text")]
    public void Dev_corpus_compiles_without_warnings()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus", "polnear-dev", "text"), "*.txt").Order().Where((_, i) => i % 3 == 0).ToArray();

        var run = GeneratorHarness.Run(files.Select(f => new TestArticle(f, File.ReadAllText(f))), ConsumerCode.UsingEverything());

        Assert.True(run.Problems.Count == 0, Compiler.Describe(run.Problems.Take(10)));
        Assert.Equal(files.Length, run.ArticleIds.Count);
    }
}
