using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Emission;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>
/// An article's code is rendered once while its extraction is unchanged: re-emitting its group after another article
/// changed reuses it; anything that changes the code renders it again.
/// </summary>
public class ArticleCodeCacheTests
{
    [Fact]
    public void An_unchanged_article_is_not_rendered_again()
    {
        var unit = Unit(Models.Rich());

        var first = ArticleCodeCache.Render(unit, TemplateRenderer.Embedded);
        var again = ArticleCodeCache.Render(unit with { }, TemplateRenderer.Embedded);

        Assert.Same(first, again);
        Assert.Equal(TemplateRenderer.Embedded.Render(TemplateNames.Article, ArticleViewBuilder.Build(unit)).TrimEnd(), first.Code);
        Assert.Equal(ArticleViewBuilder.Build(unit).Content, first.Content);
    }

    [Fact]
    public void A_new_corpus_with_the_same_article_instance_reuses_its_code()
    {
        var article = Models.Rich();
        var first = ArticleCodeCache.Render(Unit(article, "/project/articles/other.txt"), TemplateRenderer.Embedded);

        var again = ArticleCodeCache.Render(Unit(article, "/project/articles/other.txt", "/project/articles/third.txt"), TemplateRenderer.Embedded);

        Assert.Same(first, again);
    }

    [Fact]
    public void A_change_outside_the_article_renders_it_again()
    {
        var article = Models.Rich();
        var unit = Unit(article);
        var first = ArticleCodeCache.Render(unit, TemplateRenderer.Embedded);

        var renamed = unit with { Settings = unit.Settings with { Namespace = "Other.Content" } };
        var second = ArticleCodeCache.Render(renamed, TemplateRenderer.Embedded);

        Assert.Contains("global::Other.Content.Article", second.Code);
        Assert.DoesNotContain("global::Test.Content.", second.Code);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void An_equal_article_in_another_instance_renders_equal_code()
    {
        var first = ArticleCodeCache.Render(Unit(Models.Rich()), TemplateRenderer.Embedded);
        var second = ArticleCodeCache.Render(Unit(Models.Rich()), TemplateRenderer.Embedded);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Another_renderer_renders_again()
    {
        var unit = Unit(Models.Rich());
        ArticleCodeCache.Render(unit, TemplateRenderer.Embedded);
        var marked = TemplateRenderer.Embedded.With(TemplateNames.Article, source => "// marked\n" + source);

        Assert.StartsWith("// marked", ArticleCodeCache.Render(unit, marked).Code);
        Assert.DoesNotContain("// marked", ArticleCodeCache.Render(unit, TemplateRenderer.Embedded).Code);
    }

    /// <summary>The unit of <paramref name="article"/> in a corpus with articles at <paramref name="others"/>.</summary>
    private static ArticleEmitUnit Unit(Article article, params string[] others)
    {
        var corpus = CorpusBuilder.Build(others.Select(path => Models.Article(path, "Other" + path.Length, title: "Other story " + path)).Prepend(article).Select(Models.Result));
        var entry = corpus.Articles.Single(a => ReferenceEquals(a.Article, article));
        return new ArticleEmitUnit(ModelEmission.Settings(), EmitUnits.DisplayPath(article.SourcePath, "/project/"), entry);
    }
}
