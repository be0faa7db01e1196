using System.Linq;
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
    public string? Resolve(EntityRef reference) =>
        reference.Kind == EntityKind.Person
            ? Lookup(Article.People, PersonIds, p => p.Id, reference.Id)
            : Lookup(Article.Organizations, OrganizationIds, o => o.Id, reference.Id);

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
            if (EntityNames.Same(Article.Places[i].Name, place) || Article.Places[i].Aliases.Any(a => EntityNames.Same(a, place)))
            {
                return PlaceIds[i];
            }
        }

        return null;
    }

    private static string? Lookup<T>(EquatableArray<T> entities, EquatableArray<string> ids, System.Func<T, string> localId, string wanted)
        where T : System.IEquatable<T>
    {
        for (var i = 0; i < entities.Count; i++)
        {
            if (localId(entities[i]) == wanted)
            {
                return ids[i];
            }
        }

        return null;
    }
}
