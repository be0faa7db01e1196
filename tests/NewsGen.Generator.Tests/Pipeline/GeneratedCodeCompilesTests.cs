using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Tests;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>Whatever the text, the generated code compiles with zero warnings together with code that uses all of it.</summary>
public class GeneratedCodeCompilesTests
{
    [Fact]
    public void Seed_compiles_without_warnings()
    {
        var run = GeneratorHarness.Run([new TestArticle(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile))], ConsumerCode.UsingEverything());

        Assert.True(run.Problems.Count == 0, Compiler.Describe(run.Problems));
        Assert.Single(run.ArticleIds);
    }

    [Fact]
    public void Nasty_texts_compile_without_warnings()
    {
        TestArticle[] articles =
        [
            new("/p/001_0000000000000001.txt", "He said \"hi\" and 'bye' \u201Ccurly\u201D \u2018single\u2019\n\nBody with \"\"\" triple quotes \"\"\" and $\"{interpolation}\".\n"),
            new("/p/002_0000000000000002.txt", "C:\\temp\\new \\u0041 \\\\ \\\"\n\nTrailing backslash \\\n"),
            new("/p/003_0000000000000003.txt", "Ends a comment */ and starts /* one // and /// doc\n\n*/ #if DEBUG #region\n"),
            new("/p/004_0000000000000004.txt", "<script>alert('x')</script> & &amp; <summary>\n\n</remarks> <!-- --> ]]>\n"),
            new("/p/005_0000000000000005.txt", "Bell \u0007 escape \u001B delete \u007F next-line \u0085 end\n\nForm feed \f vertical tab \v.\n"),
            new("/p/006_0000000000000006.txt", "Safe \u202Eevil\u202C and \u2066isolate\u2069 and \u200Fmark\n\nLine\u2028separator and paragraph\u2029separator.\n"),
            new("/p/007_0000000000000007.txt", "Emoji \U0001F600 family \U0001F468\u200D\U0001F469\u200D\U0001F467 and flag \U0001F1FA\U0001F1F8\n\nMath \U0001D49C letters.\n"),
            new("/p/008_0000000000000008.txt", "Broken \uD800 surrogate and \uDC00 low\n\nBody.\n"),
            new("/p/009_0000000000000009.txt", "class\n\nA title that is a C# keyword.\n"),
            new("/p/010_000000000000000a.txt", "2024 in review\n\nA title starting with digits.\n"),
            new("/p/011_000000000000000b.txt", "!!! ??? ...\n\nA title without letters.\n"),
            new("/p/012_000000000000000c.txt", "Same title\n\nBody one.\n"),
            new("/p/013_000000000000000d.txt", "Same title\n\nBody two.\n"),
            new("/p/named-keyword.txt", "Named after a keyword\n\nBody.\n", Name: "namespace"),
            new("/p/named-digits.txt", "Named with digits\n\nBody.\n", Name: "2024 in review"),
            new("/p/named-unicode.txt", "\u00D6lpreis steigt in \u5317\u4EAC\n\nBody.\n", Name: "\u00D6lpreis \u5317\u4EAC"),
            new("/p/named-reserved.txt", "Named after a member of Articles\n\nBody.\n", Name: "All"),
            new("/p/same-a.txt", "---\nid: SameId\n---\nFirst asking for SameId\n\nBody.\n"),
            new("/p/same-b.txt", "---\nid: SameId\n---\nSecond asking for SameId\n\nBody.\n"),
        ];

        var run = GeneratorHarness.Run(articles, ConsumerCode.UsingEverything());

        Assert.True(run.Problems.Count == 0, Compiler.Describe(run.Problems));
        var ids = run.ArticleIds;
        Assert.Contains("SameId_27bd555f", ids);
        Assert.Contains("SameId_5efe5696", ids);
        Assert.Contains("All_517af947", ids);
        Assert.Contains("Namespace", ids);
        Assert.Contains("_2024InReview", ids);
        Assert.Contains("\u00D6lpreis\u5317\u4EAC", ids);
        Assert.Equal(articles.Length, ids.Count);
    }

    [Fact]
    public void Whitespace_only_file_yields_no_article_and_still_compiles()
    {
        var run = GeneratorHarness.Run([new TestArticle("/p/blank.txt", " \n\t\n  \r\n")], ConsumerCode.UsingEverything());

        Assert.True(run.Problems.Count == 0, Compiler.Describe(run.Problems));
        Assert.Null(run.Result.Exception);
        Assert.Equal(
            ["NewsGen.Content.g.cs", "NewsGen.Index.g.cs", "People.g.cs", "Organizations.g.cs", "Places.g.cs"],
            run.Sources.Select(s => s.HintName).ToArray());
    }

    [Fact]
    public void Files_not_marked_as_articles_are_ignored()
    {
        var run = GeneratorHarness.Run([new TestArticle("/p/notes.txt", "Just notes\n\nNot an article.\n", IsArticle: false)]);

        Assert.Empty(run.ArticleFiles);
    }

    [Fact]
    public void Front_matter_id_is_usable_as_a_property()
    {
        var run = GeneratorHarness.Run(
            [new TestArticle("/p/000_0123456789abcdef.txt", "---\nid: HarborMeeting\n---\nA headline\n\nBody.\n")],
            "internal static class Check { public static string Title() { var t = NewsGen.Content.Articles.HarborMeeting.Title; return t; } }");

        Assert.True(run.Problems.Count == 0, Compiler.Describe(run.Problems));
    }

    [Fact]
    public void Two_projects_using_NewsGen_compile_when_one_references_the_other()
    {
        var library = GeneratorHarness.Run(
            [new TestArticle("/lib/story.txt", "Library story\n\nBody.\n")],
            globalOptions: new Dictionary<string, string> { ["build_property.RootNamespace"] = "Library", ["build_property.NewsGenAccessibility"] = "public" },
            assemblyName: "Library");
        Assert.Empty(library.Problems);

        var app = GeneratorHarness.Run(
            [new TestArticle("/app/story.txt", "App story\n\nBody.\n")],
            ConsumerCode.UsingEverything("App") + "\ninternal static class Both { public static int Count() => Library.Articles.All.Count + App.Articles.All.Count + Library.People.All.Count; }",
            globalOptions: new Dictionary<string, string> { ["build_property.RootNamespace"] = "App" },
            assemblyName: "App",
            extraReferences: [library.Output.ToMetadataReference()]);

        Assert.True(app.Problems.Count == 0, Compiler.Describe(app.Problems));
    }

    [Theory]
    [InlineData("internal")]
    [InlineData("public")]
    public void Accessibility_option_is_applied(string accessibility)
    {
        var run = GeneratorHarness.Run(
            [new TestArticle("/p/story.txt", "A story\n\nBody.\n")],
            ConsumerCode.UsingEverything("My.Space"),
            new Dictionary<string, string> { ["build_property.NewsGenNamespace"] = "My.Space", ["build_property.NewsGenAccessibility"] = accessibility });

        Assert.True(run.Problems.Count == 0, Compiler.Describe(run.Problems));
        var articles = run.Output.GetTypeByMetadataName("My.Space.Articles");
        Assert.NotNull(articles);
        Assert.Equal(accessibility == "public" ? Accessibility.Public : Accessibility.Internal, articles!.DeclaredAccessibility);
    }
}
