using Microsoft.AspNetCore.Mvc;
using NewsGen.Model;

namespace NewsGen.Web.Pages;

/// <summary>An organization or a place, found by the kind and the generated id in the URL.</summary>
public sealed class EntityModel : ShowModel<Entity>
{
    public IActionResult OnGet(string kind, string id) =>
        Show(kind == "places" ? Catalogue.Place(id) : Catalogue.Organization(id));
}
