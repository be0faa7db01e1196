using System.Collections.Generic;

namespace NewsGen.Generator.Emission;

/// <summary>The embedded templates, by file name without extension.</summary>
internal static class TemplateNames
{
    public const string Types = "Types";
    public const string Article = "Article";
    public const string ArticleGroup = "ArticleGroup";
    public const string Articles = "Articles";
    public const string Entities = "Entities";
    public const string Quotes = "Quotes";
    public const string Events = "Events";

    /// <summary>Included by the index templates (<c>include "Lookup"</c>) to lay out a <see cref="LookupView"/>.</summary>
    public const string Lookup = "Lookup";

    public static IReadOnlyList<string> All { get; } = [Types, Article, ArticleGroup, Articles, Entities, Quotes, Events, Lookup];
}
