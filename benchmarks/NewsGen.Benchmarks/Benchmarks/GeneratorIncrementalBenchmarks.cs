using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Benchmarks.Corpus;
using NewsGen.Benchmarks.Harness;

namespace NewsGen.Benchmarks.Benchmarks;

/// <summary>
/// What the IDE pays per keystroke in a 1,000-article project: the generator re-run on a warm driver after editing one
/// article (typing that names nothing new, and an edit that names a new person), after an unrelated C# edit, and with
/// nothing changed. Each invocation really changes its input (it
/// alternates between two versions), so nothing is served from a result equal to the previous one.
/// </summary>
[MemoryDiagnoser]
public class GeneratorIncrementalBenchmarks
{
    private const int Articles = 1000;

    private GeneratorDriver _driver = null!;
    private CSharpCompilation _code = null!;
    private CSharpCompilation _editedCode = null!;
    private AdditionalText _article = null!;
    private AdditionalText _editedArticle = null!;
    private AdditionalText _articleNamingSomeone = null!;
    private bool _edited;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = BenchmarkCorpus.Synthetic(Articles);
        var texts = Generation.Texts(BenchmarkCorpus.Load(corpus));
        _code = Generation.Compilation("internal static class Code { public static int Answer => 41; }", "internal static class Other { }");
        _editedCode = _code.ReplaceSyntaxTree(
            _code.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("internal static class Code { public static int Answer => 42; }", Generation.ParseOptions));
        _article = texts[texts.Count / 2];
        var text = _article.GetText()!.ToString();
        var firstBreak = text.IndexOf("\n\n", System.StringComparison.Ordinal);
        _editedArticle = new InMemoryText(_article.Path, SourceText.From(text.Insert(text.IndexOf('.', firstBreak), " this week"), System.Text.Encoding.UTF8));
        _articleNamingSomeone = new InMemoryText(_article.Path, SourceText.From(text.Insert(firstBreak, " Harriet Quillfeather, a ferry captain, agreed."), System.Text.Encoding.UTF8));
        _driver = Generation.Driver(texts, BenchmarkCorpus.Directory(corpus)).RunGenerators(_code);
        _edited = false;
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver NothingChanged() => _driver = _driver.RunGenerators(_code);

    [Benchmark]
    public GeneratorDriver UnrelatedCSharpEdit()
    {
        _edited = !_edited;
        return _driver = _driver.RunGenerators(_edited ? _editedCode : _code);
    }

    [Benchmark]
    public GeneratorDriver EditOneArticle()
    {
        var (from, to) = _edited ? (_editedArticle, _article) : (_article, _editedArticle);
        _edited = !_edited;
        return _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_code);
    }

    /// <summary>An edit that names someone new: the corpus-wide pass (entity merging) and the people index run again.</summary>
    [Benchmark]
    public GeneratorDriver EditOneArticleNamingSomeone()
    {
        var (from, to) = _edited ? (_articleNamingSomeone, _article) : (_article, _articleNamingSomeone);
        _edited = !_edited;
        return _driver = _driver.ReplaceAdditionalText(from, to).RunGenerators(_code);
    }

    /// <summary>Used by the CPU-time report: the article edit, the C# edit and the no-op, each on its own warm driver.</summary>
    internal static IReadOnlyList<(string Name, System.Action Run)> Scenarios()
    {
        var edit = new GeneratorIncrementalBenchmarks();
        edit.Setup();
        var naming = new GeneratorIncrementalBenchmarks();
        naming.Setup();
        var csharp = new GeneratorIncrementalBenchmarks();
        csharp.Setup();
        return
        [
            ("re-run after editing one of 1,000 articles", () => edit.EditOneArticle()),
            ("re-run after an edit that names someone new (1,000 articles)", () => naming.EditOneArticleNamingSomeone()),
            ("re-run after an unrelated C# edit (1,000 articles)", () => csharp.UnrelatedCSharpEdit()),
        ];
    }
}
