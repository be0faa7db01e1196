using System.Linq;
using CsCheck;
using Microsoft.CodeAnalysis;
using NewsGen.Extraction.Identifiers;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>
/// Text that once produced names over the metadata limit (CS7013) or ids rewritten in silence: the generated code
/// compiles, and every generated name stays short.
/// </summary>
public class HostileTextCompilesTests
{
    private static readonly string[] GivenNames = ["Anneli", "Bertil", "Cecilie", "Dagny", "Einar", "Frode", "Gunvor", "Halvard", "Ingrid", "Jorunn"];

    private static readonly string[] Surnames = ["Aasgaard", "Brekkan", "Dalsbotten", "Eikenes", "Fjellvik", "Grindheim", "Hovland", "Isaksen", "Kvamme", "Lunde"];

    /// <summary>A hundred different full names one after another, without commas.</summary>
    private static string HundredNames() =>
        string.Join(" ", Enumerable.Range(0, 100).Select(i => GivenNames[i % 10] + " " + Surnames[i / 10]));

    [Fact]
    public void Hostile_names_titles_and_ids_compile_without_errors()
    {
        var run = GeneratorHarness.Run(
            [
                new TestArticle("/p/names.txt", "Volunteers thanked at the ferry quay\n\nThe mayor thanked " + HundredNames() + " for their work.\n"),
                new TestArticle("/p/run.txt", "Harbor board meets\n\nThe board heard " + string.Join(" ", Enumerable.Range(0, 80).Select(i => "Kvarts" + (char)('a' + (i % 26)) + "holm")) + " Council on Monday.\n"),
                new TestArticle("/p/title.txt", string.Join(" ", Enumerable.Range(0, 60).Select(i => "Lighthouse" + (char)('a' + (i % 26)))) + "\n\nA body paragraph.\n"),
                new TestArticle("/p/longid.txt", "---\nid: " + new string('z', 10_240) + "\n---\nA story with a long id\n\nA body paragraph.\n"),
                new TestArticle("/p/keyword.txt", "---\nid: class\n---\nA story with a keyword id\n\nA body paragraph.\n"),
                new TestArticle("/p/arglist.txt", "---\nid: __arglist\n---\nA story with a reserved id\n\nA body paragraph.\n"),
                new TestArticle("/p/verbatim.txt", "---\nid: \"@namespace\"\n---\nA story with a verbatim id\n\nA body paragraph.\n"),
                new TestArticle("/p/null.txt", "---\nid: null\n---\nA story with a null id\n\nA body paragraph.\n"),
                new TestArticle("/p/bidi.txt", "---\nid: Quay\u202ETalks\n---\nA story with a bidi id\n\nA body paragraph.\n"),
                new TestArticle("/p/plain.txt", "---\nid: quay_talks\n---\nA story with a plain id\n\nA body paragraph.\n"),
            ],
            ConsumerCode.UsingEverything());

        Assert.True(run.Problems.Count == 0, Compiler.Describe(run.Problems.Take(10)));
        var ids = run.ArticleIds;
        Assert.Equal(10, ids.Count);
        Assert.All(ids, id => Assert.True(id.Length <= CSharpIdentifier.MaxLength, id));
        Assert.Contains("Class", ids);
        Assert.Contains("Arglist", ids);
        Assert.Contains("Namespace", ids);
        Assert.Contains("Null", ids);
        Assert.Contains("QuayTalks", ids);
        Assert.Contains("quay_talks", ids);
    }

    [Fact]
    public void A_file_with_only_front_matter_is_not_generated()
    {
        var run = GeneratorHarness.Run([new TestArticle("/p/header-only.txt", "---\nsource: Somewhere\n---\n\n\n")], ConsumerCode.UsingEverything());

        Assert.True(run.Problems.Count == 0, Compiler.Describe(run.Problems));
        Assert.Empty(run.ArticleFiles);
    }

    [Fact]
    public void Generated_hostile_articles_compile_without_errors()
    {
        HostileText.Articles.Sample(files =>
        {
            var run = GeneratorHarness.Run(files.Select(f => new TestArticle(f.Path, f.Text)), ConsumerCode.UsingEverything());

            var errors = run.Output.GetDiagnostics().Concat(run.GeneratorDiagnostics).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            Assert.True(errors.Count == 0, Compiler.Describe(errors.Take(10)));
        }, iter: 3, threads: 1);
    }
}
