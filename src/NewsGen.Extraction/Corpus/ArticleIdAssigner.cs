using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// Makes article identifiers and slugs unique. Explicit ids (item metadata, front matter) claim their names first,
/// in path order, so a derived id never takes a name the user asked for; two files asking for the same explicit id
/// are an error (NG2001). Any other clash renames the later article with a numeric suffix (NG2002).
/// </summary>
internal static class ArticleIdAssigner
{
    private static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

    public static (string[] Ids, string[] Slugs, List<ContentDiagnostic> Diagnostics) Assign(IReadOnlyList<ArticleFootprint> articles)
    {
        var ids = new string[articles.Count];
        var diagnostics = new List<ContentDiagnostic>();
        var pool = new IdentifierPool(ReservedNames.Articles);
        var explicitHolders = new Dictionary<string, List<int>>(System.StringComparer.OrdinalIgnoreCase);
        var order = Enumerable.Range(0, articles.Count).Where(i => IsExplicit(articles[i]))
            .Concat(Enumerable.Range(0, articles.Count).Where(i => !IsExplicit(articles[i])));
        foreach (var i in order)
        {
            // An id from ArticleIdentifier is kept as it is, so the build shows what inspect shows.
            var requested = CSharpIdentifier.FromRequested(articles[i].Id);
            if (IsExplicit(articles[i]) && explicitHolders.TryGetValue(requested, out var holders))
            {
                holders.Add(i);
                ids[i] = pool.ClaimUnique(requested);
                continue;
            }

            ids[i] = pool.ClaimUnique(requested);
            if (IsExplicit(articles[i]))
            {
                explicitHolders[requested] = [i];
            }

            if (ids[i] != requested)
            {
                diagnostics.Add(DiagnosticCatalog.IdentifierCollision.Create(articles[i].SourcePath, IdLocation(articles[i]), requested, ids[i]));
            }
        }

        diagnostics.AddRange(explicitHolders.Values.Where(h => h.Count > 1).OrderBy(h => h[0]).SelectMany(h => Duplicates(articles, h)));
        return (ids, Slugs(articles, ids), diagnostics);
    }

    private static bool IsExplicit(ArticleFootprint article) => article.IdOrigin != ArticleIdOrigin.Derived;

    private static SourceSpan IdLocation(ArticleFootprint article) => article.IdLocation ?? FileStart;

    private static IEnumerable<ContentDiagnostic> Duplicates(IReadOnlyList<ArticleFootprint> articles, List<int> holders)
    {
        var files = string.Join(", ", holders.Select(h => System.IO.Path.GetFileName(articles[h].SourcePath)));
        foreach (var i in holders)
        {
            var others = holders.Where(h => h != i).Select(h => new FileSpan(articles[h].SourcePath, IdLocation(articles[h]))).ToEquatableArray();
            yield return DiagnosticCatalog.DuplicateArticleId.Create(
                articles[i].SourcePath, IdLocation(articles[i]), others, CSharpIdentifier.FromRequested(articles[i].Id), files);
        }
    }

    private static string[] Slugs(IReadOnlyList<ArticleFootprint> articles, string[] ids)
    {
        var taken = new HashSet<string>(System.StringComparer.Ordinal);
        var slugs = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var wanted = (ids[i] == articles[i].Id && articles[i].Slug.Length > 0 ? articles[i].Slug : Slug.FromIdentifier(ids[i])).ToLowerInvariant();
            var slug = wanted;
            for (var n = 2; !taken.Add(slug); n++)
            {
                slug = wanted + "-" + n.ToString(CultureInfo.InvariantCulture);
            }

            slugs[i] = slug;
        }

        return slugs;
    }
}
