using System.Linq;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// Chooses the identifier a file asks for, in order: item metadata <c>NewsGenName</c>, front-matter <c>id</c>,
/// a file name made of words, else a key phrase read from the content.
/// </summary>
public static class ArticleIdentifier
{
    /// <summary>The requested identifier (the corpus makes it unique).</summary>
    public static string Choose(ArticleSource source, FrontMatter frontMatter, ArticleStructure structure, EntitySet entities)
    {
        if (source.NameOverride is { Length: > 0 } metadata)
        {
            return CSharpIdentifier.From(metadata);
        }

        if (frontMatter["id"] is { Value.Length: > 0 } id)
        {
            return CSharpIdentifier.From(id.Value);
        }

        var fileName = System.IO.Path.GetFileNameWithoutExtension(source.Path);
        if (IsMadeOfWords(fileName))
        {
            return CSharpIdentifier.From(fileName);
        }

        return CSharpIdentifier.From(structure.Title);
    }

    /// <summary>True for names like <c>baku-meeting</c>; false for opaque ones like <c>000_bfda32527d1fa4f3</c>.</summary>
    public static bool IsMadeOfWords(string fileName)
    {
        var parts = fileName.Split(['-', '_', ' ', '.'], System.StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 0 && parts.Any(p => p.All(char.IsLetter) && p.Length >= 2) &&
            parts.All(p => p.All(char.IsLetter) || p.All(char.IsDigit) && p.Length <= 4);
    }
}
