using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Threading;
using NewsGen.Model;

namespace NewsGen.Runtime;

/// <summary>
/// Hands the generated code's UTF-8 data to the runtime: the record of the article in slot <paramref name="slot"/> of
/// group <paramref name="group"/>, or chunk <paramref name="slot"/> of the index when the group is
/// <see cref="ContentSet.IndexGroup"/>.
/// </summary>
/// <param name="group">The article group, or <see cref="ContentSet.IndexGroup"/>.</param>
/// <param name="slot">The article's slot in its group, or the index chunk.</param>
/// <returns>The bytes.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate ReadOnlySpan<byte> ContentRecords(int group, int slot);

/// <summary>
/// The content one project compiled, read from the data the generator emitted. Generated code calls it; an application
/// uses the generated <c>Articles</c>, <c>People</c>, … classes instead. Everything is decoded on first use and kept:
/// an article when it is first reached, the index (identifiers, slugs, entities) when something needs it, so touching
/// one article does not decode the others.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public class ContentSet
{
    private readonly ContentRecords _records;
    private readonly int _indexChunks;
    private readonly ConcurrentDictionary<long, Article> _articles = new();
    private ArticleTable? _table;
    private ContentIndex? _index;
    private IReadOnlyList<Article>? _all;
    private Dictionary<string, int>? _byId;
    private Dictionary<string, int>? _bySlug;

    /// <summary>The group number that stands for the index in <see cref="ContentRecords"/>.</summary>
    public const int IndexGroup = -1;

    /// <summary>A content set whose data <paramref name="records"/> hands out; the index has <paramref name="indexChunks"/> chunks.</summary>
    /// <param name="records">The generated data.</param>
    /// <param name="indexChunks">How many chunks the index has.</param>
    public ContentSet(ContentRecords records, int indexChunks)
    {
        _records = records;
        _indexChunks = indexChunks;
    }

    private ArticleTable Table => LazyInitializer.EnsureInitialized(ref _table, () => ArticleTable.Read(_records, _indexChunks));

    private ContentIndex Index => LazyInitializer.EnsureInitialized(ref _index, () => ContentIndex.Read(this, Table));

    /// <summary>The article in slot <paramref name="slot"/> of group <paramref name="group"/>, decoded from <paramref name="record"/> on first use.</summary>
    /// <param name="group">The article's group.</param>
    /// <param name="slot">The article's slot in its group.</param>
    /// <param name="record">The article's record.</param>
    /// <returns>The article; the same instance on every call.</returns>
    public Article Article(int group, int slot, ReadOnlySpan<byte> record) =>
        _articles.TryGetValue(Key(group, slot), out var article) ? article : Keep(group, slot, ArticleDecoder.Read(this, group, slot, record));

    /// <summary>Every article, in path order.</summary>
    public IReadOnlyList<Article> Articles =>
        LazyInitializer.EnsureInitialized(ref _all, () => new LazyList<Article>(() => Enumerable.Range(0, Table.Articles.Length).Select(ArticleAt).ToArray()));

    /// <summary>The article with this identifier (case-sensitive), or null.</summary>
    /// <param name="id">The identifier.</param>
    /// <returns>The article, or null.</returns>
    public Article? ArticleById(string id)
    {
        var byId = LazyInitializer.EnsureInitialized(ref _byId, () => Lookup(StringComparer.Ordinal, e => e.Id));
        return byId.TryGetValue(id, out var index) ? ArticleAt(index) : null;
    }

    /// <summary>The article with this slug (case-insensitive), or null.</summary>
    /// <param name="slug">The slug.</param>
    /// <returns>The article, or null.</returns>
    public Article? ArticleBySlug(string slug)
    {
        var bySlug = LazyInitializer.EnsureInitialized(ref _bySlug, () => Lookup(StringComparer.OrdinalIgnoreCase, e => e.Slug));
        return bySlug.TryGetValue(slug, out var index) ? ArticleAt(index) : null;
    }

    /// <summary>Person <paramref name="index"/>.</summary>
    /// <param name="index">The person's index in <see cref="People"/>.</param>
    /// <returns>The person.</returns>
    public Person Person(int index) => Index.People[index];

    /// <summary>Every person, in order of first appearance.</summary>
    public IReadOnlyList<Person> People => Index.People;

    /// <summary>The person with this name or alias, in any form the text uses (honorifics, titles, initials, any case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The person, or null.</returns>
    public Person? FindPerson(string name) => Index.PersonNames.Find(name);

    /// <summary>Organization <paramref name="index"/>.</summary>
    /// <param name="index">The organization's index in <see cref="Organizations"/>.</param>
    /// <returns>The organization.</returns>
    public Organization Organization(int index) => Index.Organizations[index];

    /// <summary>Every organization, in order of first appearance.</summary>
    public IReadOnlyList<Organization> Organizations => Index.Organizations;

    /// <summary>The organization with this name or alias (any case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The organization, or null.</returns>
    public Organization? FindOrganization(string name) => Index.OrganizationNames.Find(name);

    /// <summary>Place <paramref name="index"/>.</summary>
    /// <param name="index">The place's index in <see cref="Places"/>.</param>
    /// <returns>The place.</returns>
    public Place Place(int index) => Index.Places[index];

    /// <summary>Every place, in order of first appearance.</summary>
    public IReadOnlyList<Place> Places => Index.Places;

    /// <summary>The place with this name or alias (any case).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The place, or null.</returns>
    public Place? FindPlace(string name) => Index.PlaceNames.Find(name);

    /// <summary>The person with corpus id <paramref name="id"/>, or null.</summary>
    internal Person? PersonById(string id) => Index.PersonIds.TryGetValue(id, out var index) ? Index.People[index] : null;

    /// <summary>The organization with corpus id <paramref name="id"/>, or null.</summary>
    internal Organization? OrganizationById(string id) => Index.OrganizationIds.TryGetValue(id, out var index) ? Index.Organizations[index] : null;

    /// <summary>The place with corpus id <paramref name="id"/>, or null.</summary>
    internal Place? PlaceById(string id) => Index.PlaceIds.TryGetValue(id, out var index) ? Index.Places[index] : null;

    /// <summary>Every quote, by article in path order, then in reading order.</summary>
    public IReadOnlyList<Quote> Quotes => Index.Quotes;

    /// <summary>Every event, by article in path order, then in reading order.</summary>
    public IReadOnlyList<Event> Events => Index.Events;

    /// <summary>The events dated from <paramref name="from"/> to <paramref name="to"/>, both included, by date; only their articles are decoded.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day.</param>
    /// <returns>The events.</returns>
    public IReadOnlyList<Event> EventsBetween(DateOnly from, DateOnly to) => Index.EventsBetween(from, to);

    /// <summary>The identifiers of the articles decoded so far.</summary>
    internal IReadOnlyCollection<string> DecodedArticles => _articles.Values.Select(a => a.Id).ToList();

    /// <summary>True once something needed the entities of the index and they were decoded.</summary>
    internal bool IsIndexDecoded => _index is not null;

    /// <summary>The article at <paramref name="index"/> in path order.</summary>
    internal Article ArticleAt(int index)
    {
        var entry = Table.Articles[index];
        return _articles.TryGetValue(Key(entry.Group, entry.Slot), out var article)
            ? article
            : Keep(entry.Group, entry.Slot, ArticleDecoder.Read(this, entry.Group, entry.Slot, _records(entry.Group, entry.Slot)));
    }

    /// <summary>A new article in slot <paramref name="slot"/> of group <paramref name="group"/>, before its content is set.</summary>
    internal virtual Article NewArticle(int group, int slot, string id, string slug, string title, string sourceFile) =>
        new(id, slug, title, sourceFile);

    private Article Keep(int group, int slot, Article decoded) => _articles.GetOrAdd(Key(group, slot), decoded);

    private static long Key(int group, int slot) => ((long)group << 32) | (uint)slot;

    private Dictionary<string, int> Lookup(StringComparer comparer, Func<ArticleEntry, string> key)
    {
        var lookup = new Dictionary<string, int>(comparer);
        var entries = Table.Articles;
        for (var i = 0; i < entries.Length; i++)
        {
            lookup.TryAdd(key(entries[i]), i);
        }

        return lookup;
    }
}

/// <summary>
/// Hands the generated metadata to the runtime: the schema instance of the article in slot <paramref name="slot"/> of
/// group <paramref name="group"/>.
/// </summary>
/// <typeparam name="TMeta">The metadata schema type.</typeparam>
/// <param name="group">The article's group.</param>
/// <param name="slot">The article's slot in its group.</param>
/// <returns>The article's metadata.</returns>
[EditorBrowsable(EditorBrowsableState.Never)]
public delegate TMeta ContentMetadata<TMeta>(int group, int slot);

/// <summary>
/// The content of a project that declares a metadata schema: every article is an <see cref="Article{TMeta}"/> whose
/// <see cref="Article{TMeta}.Meta"/> the generated code creates when the article is first decoded, and the lookups
/// return that type.
/// </summary>
/// <typeparam name="TMeta">The metadata schema type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ContentSet<TMeta> : ContentSet
{
    private readonly ContentMetadata<TMeta> _metadata;
    private IReadOnlyList<Article<TMeta>>? _all;

    /// <summary>A content set whose data <paramref name="records"/> and metadata <paramref name="metadata"/> hand out.</summary>
    /// <param name="records">The generated data.</param>
    /// <param name="indexChunks">How many chunks the index has.</param>
    /// <param name="metadata">The generated metadata of each article.</param>
    public ContentSet(ContentRecords records, int indexChunks, ContentMetadata<TMeta> metadata)
        : base(records, indexChunks) => _metadata = metadata;

    /// <inheritdoc cref="ContentSet.Articles"/>
    public new IReadOnlyList<Article<TMeta>> Articles =>
        LazyInitializer.EnsureInitialized(ref _all, () => new LazyList<Article<TMeta>>(() => base.Articles.Cast<Article<TMeta>>().ToArray()));

    /// <inheritdoc cref="ContentSet.Article"/>
    public new Article<TMeta> Article(int group, int slot, ReadOnlySpan<byte> record) => (Article<TMeta>)base.Article(group, slot, record);

    /// <inheritdoc cref="ContentSet.ArticleById"/>
    public new Article<TMeta>? ArticleById(string id) => (Article<TMeta>?)base.ArticleById(id);

    /// <inheritdoc cref="ContentSet.ArticleBySlug"/>
    public new Article<TMeta>? ArticleBySlug(string slug) => (Article<TMeta>?)base.ArticleBySlug(slug);

    internal override Article NewArticle(int group, int slot, string id, string slug, string title, string sourceFile) =>
        new Article<TMeta>(id, slug, title, sourceFile, _metadata(group, slot));
}
