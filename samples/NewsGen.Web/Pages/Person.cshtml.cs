using Microsoft.AspNetCore.Mvc;
using NewsGen.Model;

namespace NewsGen.Web.Pages;

/// <summary>One person, found by the generated id in the URL.</summary>
public sealed class PersonModel : ShowModel<Person>
{
    public IActionResult OnGet(string id) => Show(Catalogue.Person(id));
}
