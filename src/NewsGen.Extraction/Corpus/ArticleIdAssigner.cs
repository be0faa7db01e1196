using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// Makes article identifiers and slugs unique (rules in <see cref="IdentifierPool"/>): an explicit id (item metadata,
/// front matter) is kept, so a derived id never takes a name the user asked for; two files asking for the same
/// explicit id are an error (NG2001); every other article whose id is shared or reserved is renamed after its file
/// (NG2002), which no other article's arrival or departure can change.
/// </summary>
internal static class ArticleIdAssigner
{
    private static readonly SourceSpan FileStart = new(0, 0, 0, 0, 0, 0);

    public static (string[] Ids, string[] Slugs, List<ContentDiagnostic> Diagnostics) Assign(IReadOnlyList<ArticleFootprint> articles)
    {
        // An id from ArticleIdentifier is kept as it is, so the build shows what inspect shows. A loop rather than
        // Select with lambdas: this runs in every fresh compiler process.
        var requested = new string[articles.Count];
        var claims = new NameClaim[articles.Count];
        var explicitIds = new string?[articles.Count];
        for (var i = 0; i < articles.Count; i++)
        {
            requested[i] = CSharpIdentifier.FromRequested(articles[i].Id);
            claims[i] = new NameClaim(requested[i], FileName(articles[i].SourcePath), IsExplicit(articles[i]));
            explicitIds[i] = IsExplicit(articles[i]) ? requested[i] : null;
        }

        var ids = IdentifierPool.Assign(claims, ReservedNames.Articles);
        var duplicates = new List<List<int>>();
        var duplicated = new bool[articles.Count];
        foreach (var holders in IdentifierPool.IndexesByName(explicitIds))
        {
            if (holders.Count > 1)
            {
                duplicates.Add(holders);
                foreach (var i in holders)
                {
                    duplicated[i] = true;
                }
            }
        }

        // An explicit id that another file asks for too is an error (NG2001), not also a rename.
        var diagnostics = new List<ContentDiagnostic>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (ids[i] != requested[i] && !duplicated[i])
            {
                diagnostics.Add(DiagnosticCatalog.IdentifierCollision.Create(articles[i].SourcePath, IdLocation(articles[i]), requested[i], ids[i]));
            }
        }

        foreach (var holders in duplicates)
        {
            diagnostics.AddRange(Duplicates(articles, holders));
        }

        return (ids, Slugs(articles, ids), diagnostics);
    }

    /// <summary>What tells two articles apart wherever the project is checked out: the file name.</summary>
    private static string FileName(string path) => System.IO.Path.GetFileName(path.Replace('\\', '/'));

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
