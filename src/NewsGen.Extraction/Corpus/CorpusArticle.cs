using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// One article in the corpus: its final unique identifier and slug, and the corpus identifiers of its entities,
/// aligned by position with <see cref="Article.People"/>, <see cref="Article.Organizations"/> and
/// <see cref="Article.Places"/>.
/// </summary>
public sealed record CorpusArticle(
    string Id,
    string Slug,
    Article Article,
    EquatableArray<string> PersonIds,
    EquatableArray<string> OrganizationIds,
    EquatableArray<string> PlaceIds)
{
    /// <summary>The corpus identifier of a person or organization of this article, or null when it is not one of them.</summary>
    public string? Resolve(EntityRef reference)
    {
        // Loops over each kind rather than one generic lookup with an id selector lambda, JIT-compiled in every fresh
        // compiler process.
        if (reference.Kind == EntityKind.Person)
        {
            for (var i = 0; i < Article.People.Count; i++)
            {
                if (Article.People[i].Id == reference.Id)
                {
                    return PersonIds[i];
                }
            }

            return null;
        }

        for (var i = 0; i < Article.Organizations.Count; i++)
        {
            if (Article.Organizations[i].Id == reference.Id)
            {
                return OrganizationIds[i];
            }
        }

        return null;
    }

    /// <summary>The corpus identifier of a place of this article named by its local id, name or alias.</summary>
    public string? ResolvePlace(string place)
    {
        for (var i = 0; i < Article.Places.Count; i++)
        {
            if (Article.Places[i].Id == place)
            {
                return PlaceIds[i];
            }
        }

        for (var i = 0; i < Article.Places.Count; i++)
        {
            if (EntityNames.Same(Article.Places[i].Name, place) || EntityNames.Contains(Article.Places[i].Aliases, place))
            {
                return PlaceIds[i];
            }
        }

        return null;
    }
}
