using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsGen.Model;
using NewsGen.Web.Content;

namespace NewsGen.Web.Pages;

/// <summary>One article, found by the slug in the URL.</summary>
public sealed class ArticleModel : PageModel
{
    public Article Article { get; private set; } = null!;

    public IActionResult OnGet(string slug)
    {
        if (Articles.BySlug(slug) is not { } article)
        {
            return NotFound();
        }

        Article = article;
        return Page();
    }
}
