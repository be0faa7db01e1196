using System.Runtime.CompilerServices;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Emission;

/// <summary>
/// The rendered code of each article, kept from one generator run to the next. Roslyn re-emits a whole group file when
/// one of its articles changes; without this, every other article of the group would be rendered again. An article
/// whose extraction step was served from Roslyn's cache keeps its <see cref="Article"/> instance, so the code is kept
/// against that instance (weakly: it goes with the article) and reused when the whole emit unit and the renderer are
/// the same as when it was rendered. Anything else is rendered anew: the cache changes cost, never output.
/// </summary>
internal static class ArticleCodeCache
{
    private static readonly ConditionalWeakTable<Article, Slot> Rendered = new();

    /// <summary>The code of <paramref name="unit"/> (its holder class) and its text block: from the cache, or rendered and kept.</summary>
    /// <exception cref="TemplateFailedException">The article template failed; nothing is kept.</exception>
    public static RenderedArticle Render(ArticleEmitUnit unit, TemplateRenderer renderer)
    {
        var slot = Rendered.GetValue(unit.Article.Article, _ => new Slot());
        var last = slot.Last;
        if (last is not null && ReferenceEquals(last.Renderer, renderer) && last.Unit.Equals(unit))
        {
            return last.Article;
        }

        var view = ArticleViewBuilder.Build(unit);
        var article = new RenderedArticle(renderer.Render(TemplateNames.Article, view).TrimEnd(), view.Content);
        slot.Last = new Entry(unit, renderer, article);
        return article;
    }

    /// <summary>The last rendering of one article (a reference swap, so concurrent runs never see half an entry).</summary>
    private sealed class Slot
    {
        public volatile Entry? Last;
    }

    private sealed record Entry(ArticleEmitUnit Unit, TemplateRenderer Renderer, RenderedArticle Article);
}

/// <summary>An article's class as code, and its text block, which the group's literal holds.</summary>
internal sealed record RenderedArticle(string Code, string Content)
{
}
