using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsGen.Model;

namespace NewsGen.Web.Pages;

/// <summary>One person, found by the generated id in the URL.</summary>
public sealed class PersonModel : PageModel
{
    public Person Person { get; private set; } = null!;

    public IActionResult OnGet(string id)
    {
        if (Catalogue.Person(id) is not { } person)
        {
            return NotFound();
        }

        Person = person;
        return Page();
    }
}
