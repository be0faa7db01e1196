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
        if (!string.IsNullOrWhiteSpace(source.NameOverride))
        {
            return CSharpIdentifier.FromRequested(source.NameOverride!);
        }

        if (frontMatter["id"] is { } id && !string.IsNullOrWhiteSpace(id.Value))
        {
            return CSharpIdentifier.FromRequested(id.Value);
        }

        if (FileNameWords.From(System.IO.Path.GetFileNameWithoutExtension(source.Path)) is { } fileWords)
        {
            return CSharpIdentifier.From(fileWords);
        }

        return CSharpIdentifier.From(EventKeyPhrase.Find(structure, entities) ?? TitleKeyWords.From(structure.Title));
    }
}
