using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NewsGen.Web.Pages;

/// <summary>A page about one compiled object found from its URL: the object, or the 404 page when nothing has that id.</summary>
/// <typeparam name="T">The model type the page shows.</typeparam>
public abstract class ShowModel<T> : PageModel
    where T : class
{
    /// <summary>What the page shows; set before the page renders.</summary>
    public T Shown { get; private set; } = null!;

    /// <summary>Shows <paramref name="found"/>, or answers 404 when the lookup found nothing.</summary>
    protected IActionResult Show(T? found)
    {
        if (found is null)
        {
            return NotFound();
        }

        Shown = found;
        return Page();
    }
}
