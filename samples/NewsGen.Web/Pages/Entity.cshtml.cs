using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsGen.Model;

namespace NewsGen.Web.Pages;

/// <summary>An organization or a place, found by the kind and the generated id in the URL.</summary>
public sealed class EntityModel : PageModel
{
    public Entity Entity { get; private set; } = null!;

    public IActionResult OnGet(string kind, string id)
    {
        Entity? entity = kind == "places" ? Catalogue.Place(id) : Catalogue.Organization(id);
        if (entity is null)
        {
            return NotFound();
        }

        Entity = entity;
        return Page();
    }
}
