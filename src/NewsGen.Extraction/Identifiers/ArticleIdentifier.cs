using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// Chooses the identifier a file asks for, in order: item metadata <c>NewsGenName</c>, front-matter <c>id</c>
/// (both kept as written when already valid C#), a file name made of words (<see cref="FileNameWords"/>), the
/// story's place + event noun (<see cref="EventKeyPhrase"/>), else the key words of its title.
/// </summary>
public static class ArticleIdentifier
{
    /// <summary>The requested identifier (the corpus makes it unique).</summary>
    public static string Choose(ArticleSource source, FrontMatter frontMatter, ArticleStructure structure, EntitySet entities)
    {
        if (Requested(source, frontMatter) is { } requested)
        {
            return CSharpIdentifier.FromRequested(requested);
        }

        if (FileNameWords.From(System.IO.Path.GetFileNameWithoutExtension(source.Path)) is { } fileWords)
        {
            return CSharpIdentifier.From(fileWords);
        }

        return CSharpIdentifier.From(EventKeyPhrase.Find(structure, entities) ?? TitleKeyWords.From(structure.Title));
    }

    /// <summary>The id asked for by name, as written and trimmed (metadata before front matter), or null.</summary>
    public static string? Requested(ArticleSource source, FrontMatter frontMatter)
    {
        if (!string.IsNullOrWhiteSpace(source.NameOverride))
        {
            return source.NameOverride!.Trim();
        }

        return frontMatter["id"] is { } id && !string.IsNullOrWhiteSpace(id.Value) ? id.Value.Trim() : null;
    }
}
