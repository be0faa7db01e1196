using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>The layout of an article: title, photo, sections of body paragraphs, and what was dropped as boilerplate.</summary>
public sealed record ArticleStructure(
    SourceDocument Document,
    string Title,
    int TitleStart,
    Photo? Photo,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Paragraph> Paragraphs,
    IReadOnlyList<string> Boilerplate)
{
    /// <summary>The sentence split of each paragraph, shared by the stages that read the structure; kept by <c>with</c> copies, since it is keyed by text.</summary>
    internal ArticleText Text { get; } = new();
}
