using System.Collections.Generic;

namespace NewsGen.Generator.Emission;

/// <summary>
/// What a template sees. Every string is finished C# (escaped literals, qualified names), so templates only lay out
/// code and never decide how text is escaped.
/// </summary>
internal abstract class TemplateView(EmitSettings settings)
{
    public string Namespace { get; } = settings.Namespace;

    public string Accessibility { get; } = settings.Accessibility;

    public string Version { get; } = GeneratorVersion.Value;
}

internal sealed class TypesView(EmitSettings settings) : TemplateView(settings);

internal sealed class ArticleView(EmitSettings settings) : TemplateView(settings)
{
    public required string Id { get; init; }

    public required string Holder { get; init; }

    /// <summary>
    /// Where the code reads the article's texts from: <see cref="ArticleText.Placeholder"/>, which the group file
    /// replaces with a slice of its literal (the article's place in it is only known there).
    /// </summary>
    public string Text => ArticleText.Placeholder;

    /// <summary>
    /// Every text of the article as one block (see <see cref="ArticleText"/>); the other properties read it as
    /// <c>text[i]</c>. Not shown by the template: the group's literal holds it.
    /// </summary>
    public required string Content { get; init; }

    public required string IdLiteral { get; init; }

    public required string Title { get; init; }

    public required string Slug { get; init; }

    public required string Published { get; init; }

    public required string Source { get; init; }

    public required string Author { get; init; }

    public required string Photo { get; init; }

    public required IReadOnlyList<string> Paragraphs { get; init; }

    public required IReadOnlyList<SectionView> Sections { get; init; }

    public required string WordCount { get; init; }

    public required string SourceFile { get; init; }

    public required string People { get; init; }

    public required string Organizations { get; init; }

    public required string Places { get; init; }

    public required IReadOnlyList<QuoteView> Quotes { get; init; }

    public bool HasQuotes => Quotes.Count > 0;

    public required IReadOnlyList<DateView> Dates { get; init; }

    public bool HasDates => Dates.Count > 0;

    public required IReadOnlyList<EventView> Events { get; init; }

    public bool HasEvents => Events.Count > 0;
}

/// <summary>The file of a group of articles: a documented <c>Articles</c> property and the code of each article.</summary>
internal sealed class ArticleGroupView(EmitSettings settings) : TemplateView(settings)
{
    public required IReadOnlyList<ArticleMember> Members { get; init; }

    /// <summary>Each article's class, rendered from the article template, reading its texts from <see cref="Texts"/>.</summary>
    public required IReadOnlyList<string> Holders { get; init; }

    /// <summary>The class that holds the group's text literal.</summary>
    public required string TextClass { get; init; }

    /// <summary>Every text of the group's articles, in a few UTF-8 literals (<c>Utf8_0</c>, <c>Utf8_1</c>, …).</summary>
    public required IReadOnlyList<string> Texts { get; init; }
}

internal sealed record SectionView(string Heading, string Paragraphs);


internal sealed record QuoteView(string Text, string Speaker, string Paragraph, string IsPartial);

internal sealed record DateView(string Text, string Value, string Paragraph);

internal sealed record EventView(string Id, string Date, string Place, string Participants, string Summary, string Paragraph);

internal sealed class ArticlesIndexView(EmitSettings settings) : TemplateView(settings)
{
    public required IReadOnlyList<string> Articles { get; init; }

    public bool IsEmpty => Articles.Count == 0;

    public required string ExampleId { get; init; }

    public required string ExampleSlug { get; init; }

    public required LookupView ById { get; init; }

    public required LookupView BySlug { get; init; }
}

internal sealed class EntitiesView(EmitSettings settings) : TemplateView(settings)
{
    public required string ClassName { get; init; }

    public required string TypeName { get; init; }

    public required string ClassSummary { get; init; }

    public required IReadOnlyList<EntityView> Entities { get; init; }

    public bool IsEmpty => Entities.Count == 0;

    public required LookupView Find { get; init; }
}

internal sealed record EntityView(string Id, string Summary, string Arguments);

/// <summary>The <c>Quotes</c> index: the articles that have any.</summary>
internal class ListIndexView(EmitSettings settings) : TemplateView(settings)
{
    public required IReadOnlyList<string> Articles { get; init; }

    public bool IsEmpty => Articles.Count == 0;
}

/// <summary>The <c>Events</c> index: the articles that have any, and the dated events by day.</summary>
internal sealed class EventsIndexView(EmitSettings settings) : ListIndexView(settings)
{
    public required string Days { get; init; }

    public required LookupView At { get; init; }
}

/// <summary>
/// A lookup laid out by <see cref="LookupBuilder"/>: <c>Bucket</c> picks a leaf; above <c>Fanout</c> leaves, branches
/// of <c>Fanout</c> leaves each pick it in two steps; a single leaf is the lookup itself.
/// </summary>
internal sealed record LookupView(
    string Name,
    string KeyType,
    string ResultType,
    string Bucket,
    string Fanout,
    IReadOnlyList<LookupGroupView> Leaves,
    IReadOnlyList<LookupBranchView> Branches)
{
    public bool HasBranches => Branches.Count > 0;

    /// <summary>One leaf: the lookup is that leaf's switch, without buckets.</summary>
    public bool IsSingle => Leaves.Count == 1;
}

/// <summary>One leaf: a switch over the keys of one bucket.</summary>
internal sealed record LookupGroupView(string Method, string Index, IReadOnlyList<LookupCaseView> Cases);

/// <summary>One branch: a switch over the buckets of <c>Fanout</c> leaves.</summary>
internal sealed record LookupBranchView(string Method, string Index, IReadOnlyList<LookupGroupView> Leaves);

/// <summary>One case: a key literal and the member it finds.</summary>
internal sealed record LookupCaseView(string Label, string Target);
