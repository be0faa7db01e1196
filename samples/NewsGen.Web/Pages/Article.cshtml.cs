using Microsoft.AspNetCore.Mvc;
using NewsGen.Model;
using NewsGen.Web.Content;

namespace NewsGen.Web.Pages;

/// <summary>One article, found by the generated slug in the URL.</summary>
public sealed class ArticleModel : ShowModel<Article>
{
    public IActionResult OnGet(string slug) => Show(Articles.BySlug(slug));
}
