namespace NewsGen.Extraction.Entities;

using NewsGen.Extraction.Structure;

/// <summary>Finds people, organizations and places.</summary>
public static class EntityExtractor
{
    /// <summary>The entities of one article.</summary>
    public static EntitySet Extract(ArticleStructure structure) => new([], [], []);
}
