using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;
using Scriban.Runtime;

namespace NewsGen.Generator.Emission;

/// <summary>One article of a group: its file (relative to the project) and its corpus entry.</summary>
internal sealed record ArticleEmitUnit(string SourceFile, CorpusArticle Article);

/// <summary>
/// The file of one group of articles: their records and their <c>Articles</c> properties. The articles of a project are
/// spread over a bounded number of groups (see <see cref="EmitUnits.GroupCount"/>), because Roslyn checks every added
/// file against every file added before it on each run: with a file per article, a 20,000-article project would pay
/// 200 million name comparisons per keystroke.
/// </summary>
internal sealed record ArticleGroupUnit(EmitSettings Settings, int Group, EquatableArray<ArticleEmitUnit> Articles)
{
    /// <summary><c>ArticleGroup.012.g.cs</c>.</summary>
    public string HintName => "ArticleGroup." + Group.ToString("000", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>The class that holds the group's data: <c>ArticleGroup012</c>.</summary>
    public string DataClass => EmitUnits.DataClass(Group);
}

/// <summary>The index file: the corpus index (identifiers, slugs, entities, dated events) as data, built from footprints only.</summary>
internal sealed record IndexUnit(EmitSettings Settings, CorpusIndex Index);

/// <summary>One entity class (<c>People</c>, <c>Organizations</c>, <c>Places</c>) with what its file shows: a property per entity.</summary>
internal sealed record EntityClassUnit(EmitSettings Settings, EntityClass Class, EquatableArray<EntityMember> Entities);

/// <summary>The entity classes.</summary>
internal enum EntityClass
{
    People,
    Organizations,
    Places,
}

/// <summary>An entity's property: its identifier and its documentation (XML-escaped).</summary>
internal sealed record EntityMember(string Id, string Summary) : ITemplateValue
{
    public ScriptObject ToScript() => TemplateValues.Of(nameof(Id), Id, nameof(Summary), Summary);
}

/// <summary>Splits a corpus into emit units.</summary>
internal static class EmitUnits
{
    /// <summary>Groups at least and at most, whatever the number of articles; see <see cref="GroupCount"/>.</summary>
    public const int MinGroups = 32;

    /// <inheritdoc cref="MinGroups"/>
    public const int MaxGroups = 1024;

    /// <summary>The articles a group holds on average before the number of groups doubles.</summary>
    public const int ArticlesPerGroup = 8;

    // An array, not a read-only list: enumerating a list of an enum JIT-compiles its enumerator in every fresh compiler process.

    /// <summary>Every entity class, in the order they are generated.</summary>
    public static EntityClass[] EntityClasses { get; } = [EntityClass.People, EntityClass.Organizations, EntityClass.Places];

    /// <summary>
    /// The article units in corpus order (so the generated files, and the compiled assembly, do not depend on the order
    /// the build lists the files), spread over <see cref="GroupCount"/> groups by a stable hash of the path; empty groups
    /// are kept (and add no file). Roslyn compares a step's outputs by position, so an edit re-emits one group, and
    /// adding or removing an article only its own group, as long as the number of groups stays the same.
    /// </summary>
    public static ImmutableArray<ArticleGroupUnit> Partition(Corpus corpus, EmitSettings settings)
    {
        var count = GroupCount(corpus.Articles.Count);
        var groups = new List<ArticleEmitUnit>[count];
        for (var i = 0; i < count; i++)
        {
            groups[i] = [];
        }

        foreach (var article in corpus.Articles)
        {
            groups[Bucket(article.Article.SourcePath, count)].Add(
                new ArticleEmitUnit(DisplayPath(article.Article.SourcePath, settings.ProjectDirectory), article));
        }

        var units = ImmutableArray.CreateBuilder<ArticleGroupUnit>(count);
        for (var i = 0; i < count; i++)
        {
            units.Add(new ArticleGroupUnit(settings, i, groups[i].ToEquatableArray()));
        }

        return units.MoveToImmutable();
    }

    /// <summary>The source paths of the index's articles, in corpus order.</summary>
    public static List<string> Paths(CorpusIndex index)
    {
        var paths = new List<string>(index.Articles.Count);
        foreach (var article in index.Articles)
        {
            paths.Add(article.SourcePath);
        }

        return paths;
    }

    /// <summary>
    /// The group and the slot in it of each path, for paths in corpus order: the same places <see cref="Partition"/>
    /// gives the articles, which the index records so the runtime can find an article's record. Loops and arrays, like
    /// <see cref="UsedGroups"/>: LINQ over value types is JIT-compiled anew in every fresh compiler process.
    /// </summary>
    public static (int Group, int Slot)[] Slots(IReadOnlyList<string> paths)
    {
        var count = GroupCount(paths.Count);
        var next = new int[count];
        var slots = new (int Group, int Slot)[paths.Count];
        for (var i = 0; i < paths.Count; i++)
        {
            var group = Bucket(paths[i], count);
            slots[i] = (group, next[group]++);
        }

        return slots;
    }

    /// <summary>The groups that hold at least one of <paramref name="paths"/>, in ascending order.</summary>
    public static List<int> UsedGroups(IReadOnlyList<string> paths)
    {
        var count = GroupCount(paths.Count);
        var used = new bool[count];
        foreach (var path in paths)
        {
            used[Bucket(path, count)] = true;
        }

        var groups = new List<int>();
        for (var group = 0; group < count; group++)
        {
            if (used[group])
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    /// <summary>
    /// A power of two between <see cref="MinGroups"/> and <see cref="MaxGroups"/>, about one group per
    /// <see cref="ArticlesPerGroup"/> articles: few files for Roslyn to track, few articles to write again per edit.
    /// It changes only when the number of articles crosses a power of two, and then every group is emitted again once.
    /// </summary>
    public static int GroupCount(int articles)
    {
        var count = MinGroups;
        while (count < MaxGroups && count * ArticlesPerGroup < articles)
        {
            count *= 2;
        }

        return count;
    }

    /// <summary>The class in <c>{Namespace}.NewsGenData</c> that holds a group's data.</summary>
    public static string DataClass(int group) => "ArticleGroup" + group.ToString("000", CultureInfo.InvariantCulture);

    /// <summary>The group of a path among <paramref name="groups"/>.</summary>
    public static int Bucket(string path, int groups) => (int)(StableHash.Of(path) % (uint)groups);

    /// <summary>The unit of one entity class: built from the corpus index alone, so edits that leave it equal skip it.</summary>
    public static EntityClassUnit ForEntities(CorpusIndex index, EmitSettings settings, EntityClass entityClass)
    {
        var members = new List<EntityMember>();
        switch (entityClass)
        {
            case EntityClass.People:
                foreach (var p in index.People)
                {
                    members.Add(new EntityMember(p.Id, XmlDoc.Text(p.Roles.Count > 0 ? p.Name + ", " + string.Join("; ", p.Roles) : p.Name)));
                }

                break;
            case EntityClass.Organizations:
                foreach (var o in index.Organizations)
                {
                    members.Add(new EntityMember(o.Id, XmlDoc.Text(o.Name)));
                }

                break;
            default:
                foreach (var p in index.Places)
                {
                    members.Add(new EntityMember(p.Id, XmlDoc.Text(p.Name + " (" + p.Kind.ToString().ToLowerInvariant() + ")")));
                }

                break;
        }

        return new(settings, entityClass, members.ToEquatableArray());
    }

    /// <summary>
    /// The article's path relative to the project, with forward slashes, so the generated code does not depend on
    /// where the project is checked out; the file name alone when the file lies outside the project.
    /// </summary>
    public static string DisplayPath(string path, string projectDirectory)
    {
        var normalized = path.Replace('\\', '/');
        var directory = projectDirectory.Replace('\\', '/');
        if (directory.Length > 0 && !directory.EndsWith("/", StringComparison.Ordinal))
        {
            directory += "/";
        }

        return directory.Length > 0 && normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase)
            ? normalized.Substring(directory.Length)
            : System.IO.Path.GetFileName(normalized);
    }
}
