using System;
using System.Collections.Generic;
using NewsGen.Model;

namespace NewsGen.Web;

/// <summary>
/// Every URL of the site, built from model objects: a page can only link to an article or entity that was compiled,
/// so a link to something that does not exist does not compile.
/// </summary>
public static class Links
{
    /// <summary>The home page.</summary>
    public const string Home = "/";

    /// <summary>The events timeline.</summary>
    public const string Events = "/events";

    /// <summary>The search page.</summary>
    public const string Search = "/search";

    /// <summary>The article page, from the generated slug.</summary>
    /// <param name="article">A compiled article.</param>
    /// <returns>Its URL.</returns>
    public static string To(Article article) => "/articles/" + Uri.EscapeDataString(article.Slug);

    /// <summary>The person page, from the generated id.</summary>
    /// <param name="person">A compiled person.</param>
    /// <returns>Its URL.</returns>
    public static string To(Person person) => "/people/" + Uri.EscapeDataString(person.Id);

    /// <summary>The organization page.</summary>
    /// <param name="organization">A compiled organization.</param>
    /// <returns>Its URL.</returns>
    public static string To(Organization organization) => "/organizations/" + Uri.EscapeDataString(organization.Id);

    /// <summary>The place page.</summary>
    /// <param name="place">A compiled place.</param>
    /// <returns>Its URL.</returns>
    public static string To(Place place) => "/places/" + Uri.EscapeDataString(place.Id);

    /// <summary>The page of any entity (a search hit, an event participant).</summary>
    /// <param name="entity">A person, organization or place.</param>
    /// <returns>Its URL.</returns>
    public static string To(Entity entity) => entity switch
    {
        Person person => To(person),
        Organization organization => To(organization),
        Place place => To(place),
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity.GetType().Name, "not a kind of entity the site shows"),
    };

    /// <summary>The place in its article where a quote was said.</summary>
    /// <param name="quote">A compiled quote.</param>
    /// <returns>The article URL with the quote's anchor.</returns>
    public static string To(Quote quote) => To(quote.Article) + "#" + Anchor(quote);

    /// <summary>The element id of a quote on its article page.</summary>
    /// <param name="quote">A compiled quote.</param>
    /// <returns>For example <c>quote-3</c>.</returns>
    public static string Anchor(Quote quote) => "quote-" + IndexIn(quote.Article.Quotes, quote);

    private static int IndexIn(IReadOnlyList<Quote> quotes, Quote quote)
    {
        for (var i = 0; i < quotes.Count; i++)
        {
            if (ReferenceEquals(quotes[i], quote))
            {
                return i;
            }
        }

        throw new ArgumentException("The quote is not listed by its own article.", nameof(quote));
    }
}
