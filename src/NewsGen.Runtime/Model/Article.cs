using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace NewsGen.Model;

/// <summary>
/// A news article compiled by NewsGen from a text file. One instance per article and content set: two references to
/// the same article are the same object, so equality is identity. When the project declares a metadata schema
/// (<see cref="ArticleMetadataAttribute"/>), every article is an <see cref="Article{TMeta}"/>; the constructor is
/// internal, so no other type derives from it.
/// </summary>
public class Article
{
    internal Article(string id, string slug, string title, string sourceFile)
    {
        Id = id;
        Slug = slug;
        Title = title;
        SourceFile = sourceFile;
    }

    /// <summary>The identifier: the name of the article's property on the generated <c>Articles</c> class.</summary>
    public string Id { get; }

    /// <summary>The identifier in URL form: lower-case words joined by hyphens, unique in the content set.</summary>
    public string Slug { get; }

    /// <summary>The headline.</summary>
    public string Title { get; }

    /// <summary>The publication date as the file states it (front matter, metadata or file name); null when it does not.</summary>
    public DateOnly? Published { get; internal set; }

    /// <summary>
    /// The day relative dates ("yesterday", "on Monday") were resolved against: <see cref="Published"/> when given,
    /// otherwise the latest full date the text names; null when there was neither.
    /// </summary>
    public DateOnly? ReferenceDate { get; internal set; }

    /// <summary>Where <see cref="ReferenceDate"/> came from.</summary>
    public ReferenceDateOrigin ReferenceDateOrigin { get; internal set; }

    /// <summary>The publication the article comes from (front matter <c>source:</c>).</summary>
    public string? Source { get; internal set; }

    /// <summary>The author (front matter <c>author:</c>).</summary>
    public string? Author { get; internal set; }

    /// <summary>The lead photo's caption and credit, when the text has one.</summary>
    public Photo? Photo { get; internal set; }

    /// <summary>The body as runs of paragraphs under optional headings.</summary>
    public IReadOnlyList<Section> Sections { get; internal set; } = [];

    /// <summary>Every body paragraph in reading order; <see cref="TextLocation.Paragraph"/> indexes this list.</summary>
    public IReadOnlyList<string> Paragraphs { get; internal set; } = [];

    /// <summary>The number of words in the body.</summary>
    public int WordCount { get; internal set; }

    /// <summary>The text file, relative to the project, with forward slashes.</summary>
    public string SourceFile { get; }

    /// <summary>The people named in the article.</summary>
    public IReadOnlyList<Person> People { get; internal set; } = [];

    /// <summary>The organizations named in the article.</summary>
    public IReadOnlyList<Organization> Organizations { get; internal set; } = [];

    /// <summary>The places named in the article.</summary>
    public IReadOnlyList<Place> Places { get; internal set; } = [];

    /// <summary>The direct quotations, in reading order.</summary>
    public IReadOnlyList<Quote> Quotes { get; internal set; } = [];

    /// <summary>The date expressions, in reading order, each with the calendar day it resolves to.</summary>
    public IReadOnlyList<DateMention> Dates { get; internal set; } = [];

    /// <summary>What happened where and when, as read from the text.</summary>
    public IReadOnlyList<Event> Events { get; internal set; } = [];

    /// <summary>The text at <paramref name="location"/>: the headline, the photo caption or a body paragraph.</summary>
    /// <param name="location">A location in this article.</param>
    /// <returns>The whole text of that part (the location's <see cref="TextLocation.Start"/> is an offset into it).</returns>
    public string TextAt(TextLocation location) =>
        location.Part switch
        {
            ArticlePart.Title => Title,
            ArticlePart.Caption => Photo?.Caption ?? string.Empty,
            _ => Paragraphs[location.Paragraph],
        };

    /// <summary>The headline.</summary>
    /// <returns><see cref="Title"/>.</returns>
    public override string ToString() => Title;
}

/// <summary>
/// An article of a project that declares a metadata schema: <see cref="Meta"/> holds its front matter as an instance
/// of the schema type, so <c>Articles.All.Where(a =&gt; a.Meta.Tags.Contains("harbour"))</c> is checked by the compiler.
/// </summary>
/// <typeparam name="TMeta">The type marked with <see cref="ArticleMetadataAttribute"/>.</typeparam>
public sealed class Article<TMeta> : Article
{
    internal Article(string id, string slug, string title, string sourceFile, TMeta meta)
        : base(id, slug, title, sourceFile) => Meta = meta;

    /// <summary>The article's metadata: the front-matter values, checked against the schema at build time.</summary>
    public TMeta Meta { get; }
}

/// <summary>Where an article's <see cref="Article.ReferenceDate"/> came from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReferenceDateOrigin>))]
public enum ReferenceDateOrigin
{
    /// <summary>No reference date: relative dates stay unresolved.</summary>
    None,

    /// <summary>The publication date the file states.</summary>
    Published,

    /// <summary>Inferred from the latest full date the text names.</summary>
    Inferred,
}
