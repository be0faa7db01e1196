using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// An entity while the corpus is being built. Its name is the longest canonical name seen (the most complete form,
/// "Tomas Ferreyra" over "Ferreyra"), and its preferred id the id the extractor gave that name; every other form
/// becomes an alias.
/// </summary>
internal sealed class MergedEntity(string firstName, string firstId)
{
    private readonly List<string> _names = [firstName];
    private readonly List<string> _roles = [];
    private readonly List<string> _articles = [];
    private readonly List<QuoteRef> _quotes = [];

    public string Name { get; private set; } = firstName;

    public string PreferredId { get; private set; } = firstId;

    public PlaceKind Kind { get; set; }

    public EquatableArray<string> Aliases => EntityNames.Except(_names, Name).ToEquatableArray();

    public EquatableArray<string> Roles => _roles.ToEquatableArray();

    public EquatableArray<string> Articles => _articles.ToEquatableArray();

    public EquatableArray<QuoteRef> Quotes => _quotes.ToEquatableArray();

    public void AddName(string canonical, string localId, IEnumerable<string> aliases)
    {
        if (canonical.Length > Name.Length)
        {
            Name = canonical;
            PreferredId = localId;
        }

        foreach (var name in aliases.Prepend(canonical))
        {
            AddDistinct(_names, name);
        }
    }

    public void AddRoles(IEnumerable<string> roles)
    {
        foreach (var role in roles)
        {
            AddDistinct(_roles, role);
        }
    }

    public void AddArticle(string articleId)
    {
        if (_articles.Count == 0 || _articles[_articles.Count - 1] != articleId)
        {
            _articles.Add(articleId);
        }
    }

    public void AddQuote(QuoteRef quote) => _quotes.Add(quote);

    private static void AddDistinct(List<string> list, string value)
    {
        if (value.Length > 0 && !EntityNames.Contains(list, value))
        {
            list.Add(value);
        }
    }
}
