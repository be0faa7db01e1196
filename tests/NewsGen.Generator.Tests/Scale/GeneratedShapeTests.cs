using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Scale;

/// <summary>
/// What keeps a 20,000-article project compiling and starting fast, as properties of the generated code that do not
/// grow with the corpus: the class the first access to an article loads, the UTF-8 literals (all in one class the
/// runtime loads whole), and the partial declarations of <c>Articles</c> (merged by Roslyn in time that grows faster
/// than linearly).
/// </summary>
public class GeneratedShapeTests
{
    private const int ArticleCount = 70;
    private const int ParagraphsPerArticle = 12;

    private static readonly Lazy<(string HintName, string Text)[]> Files = new(() => ModelEmission.Render(
        Enumerable.Range(0, ArticleCount).Select(i => Models.Article(
            $"/project/articles/{i:000}.txt",
            "Story" + i.ToString("000", CultureInfo.InvariantCulture),
            title: $"Story {i}",
            people: [Models.Person($"Ada Zed{i}")],
            sections: [(null, Enumerable.Range(0, ParagraphsPerArticle).Select(p => $"Paragraph {p} of story {i}.").ToArray())]))).ToArray());

    private static readonly Lazy<byte[]> Image = new(() => Emit(Files.Value.Select(f => f.Text)));

    [Fact]
    public void Articles_holds_no_field_or_code_per_article()
    {
        var articles = Load(Image.Value).GetType("Test.Content.Articles")!;

        var fields = articles.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic);
        var methods = articles.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly);

        Assert.True(fields.Length <= 1, $"Articles has {fields.Length} static fields: loading it would cost more with every article");
        Assert.True(methods.Length <= ArticleCount + 4, $"Articles has {methods.Length} methods: more than its properties and lookups");
        Assert.DoesNotContain(articles.GetNestedTypes(BindingFlags.NonPublic), t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.DeclaredOnly).Length > 4);
    }

    [Fact]
    public void Each_group_of_articles_stores_its_text_in_one_UTF8_literal()
    {
        using var pe = new PEReader(new MemoryStream(Image.Value));
        var metadata = pe.GetMetadataReader();
        var details = metadata.TypeDefinitions.Select(metadata.GetTypeDefinition).Single(t => metadata.GetString(t.Name) == "<PrivateImplementationDetails>");
        var groups = Files.Value.Count(f => f.HintName.StartsWith("ArticleGroup.", StringComparison.Ordinal));

        Assert.InRange(groups, 2, ArticleCount / 2);
        Assert.InRange(details.GetFields().Count, groups, groups + 4);
    }

    [Fact]
    public void Every_article_reads_its_record_from_its_own_group()
    {
        foreach (var (hintName, text) in Files.Value.Where(f => f.HintName.StartsWith("ArticleGroup.", StringComparison.Ordinal)))
        {
            var dataClass = "ArticleGroup" + hintName.Split('.')[1];
            var reads = text.Split("global::Test.Content.NewsGenData." + dataClass + ".Article(").Length - 1;

            Assert.Equal(GeneratorRun.ArticleIdsIn(text).Count(), reads);
        }
    }

    [Fact]
    public void Literal_sizes_come_from_a_few_steps()
    {
        var articles = Enumerable.Range(0, ArticleCount).Select(i => Models.Article(
            $"/project/sized/{i:000}.txt",
            "Sized" + i.ToString("000", CultureInfo.InvariantCulture),
            title: "T",
            sections: [(null, [new string('x', 2100 + (i * 27))])]));
        var assembly = Load(Emit(ModelEmission.Render(articles).Select(f => f.Text)));

        var sizes = assembly.GetType("<PrivateImplementationDetails>")!
            .GetFields(BindingFlags.Static | BindingFlags.NonPublic)
            .Select(f => f.FieldType)
            .Distinct()
            .Count();

        Assert.InRange(sizes, 2, 17);
    }

    [Theory]
    [InlineData(2, 64)]
    [InlineData(64, 64)]
    [InlineData(65, 128)]
    [InlineData(1000, 1024)]
    [InlineData(1025, 1088)]
    [InlineData(3000, 3072)]
    [InlineData(1_000_000, 1_015_808)]
    public void Padded_sizes_are_at_most_a_sixteenth_larger(int bytes, int padded)
    {
        Assert.Equal(padded, DataChunks.PaddedSize(bytes));
        Assert.True(padded - bytes <= System.Math.Max(63, bytes / 16));
    }

    [Fact]
    public void Articles_is_declared_once_per_group_not_once_per_article()
    {
        var declarations = Files.Value
            .SelectMany(f => CSharpSyntaxTree.ParseText(f.Text).GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Count(c => c.Identifier.ValueText == "Articles");

        Assert.InRange(declarations, 2, EmitUnits.GroupCount(ArticleCount) + 1);
    }

    [Fact]
    public void The_texts_of_an_article_with_thousands_of_paragraphs_round_trip()
    {
        var paragraphs = Enumerable.Range(0, 3000).Select(p => p % 7 == 0 ? string.Empty : $"Paragraph {p}: \u00E9t\u00E9 \U0001F600 \"quoted\" \\ end.").ToArray();
        var files = ModelEmission.Render([Models.Article("/project/long.txt", "Long", title: string.Empty, sections: [(null, paragraphs)])]);

        var article = Load(Emit(files.Select(f => f.Text))).GetType("Test.Content.Articles")!.GetProperty("Long")!.GetValue(null)!;

        Assert.Equal(string.Empty, article.GetType().GetProperty("Title")!.GetValue(article));
        Assert.Equal(paragraphs, ((IEnumerable)article.GetType().GetProperty("Paragraphs")!.GetValue(article)!).Cast<string>().ToArray());
    }

    private static Assembly Load(byte[] image) =>
        new System.Runtime.Loader.AssemblyLoadContext(null, isCollectible: true).LoadFromStream(new MemoryStream(image));

    private static byte[] Emit(System.Collections.Generic.IEnumerable<string> sources)
    {
        var compilation = Compiler.Compile(sources, "Shape" + Guid.NewGuid().ToString("N"));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, Compiler.Describe(result.Diagnostics));
        return stream.ToArray();
    }
}
