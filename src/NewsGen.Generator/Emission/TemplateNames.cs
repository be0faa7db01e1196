using System.Collections.Generic;

namespace NewsGen.Generator.Emission;

/// <summary>The embedded templates (<c>Templates/{name}.sbn</c>).</summary>
internal static class TemplateNames
{
    /// <summary>The entry classes' members that do not depend on the content.</summary>
    public const string Content = "Content";

    /// <summary>The index data and the content set.</summary>
    public const string Index = "Index";

    /// <summary>A group of articles: records and properties.</summary>
    public const string ArticleGroup = "ArticleGroup";

    /// <summary>The properties of one entity class.</summary>
    public const string Entities = "Entities";

    /// <summary>Every template.</summary>
    public static IReadOnlyList<string> All { get; } = [Content, Index, ArticleGroup, Entities];
}
