using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// Whether an article's identifier was asked for explicitly, and where: the corpus reports a clash of two explicit
/// ids as an error at the <c>id:</c> value, but silently renames derived ones.
/// </summary>
internal static class RequestedIdOrigin
{
    /// <summary>The origin of the id, with the same precedence as the identifier choice: metadata, then front matter.</summary>
    public static (ArticleIdOrigin Origin, SourceSpan? Location) Find(ArticleSource source, FrontMatter frontMatter)
    {
        if (source.NameOverride is { Length: > 0 })
        {
            return (ArticleIdOrigin.Metadata, null);
        }

        if (frontMatter["id"] is { Value.Length: > 0 } entry)
        {
            return (ArticleIdOrigin.FrontMatter, entry.Span);
        }

        return (ArticleIdOrigin.Derived, null);
    }
}
