using System;
using System.Collections.Generic;
using System.Linq;
using Scriban.Runtime;

namespace NewsGen.Generator.Emission;

/// <summary>
/// What a template sees. Every string is finished C# (escaped literals, qualified names) or escaped XML doc text, so
/// templates only lay out code and never decide how text is escaped.
/// </summary>
internal abstract class TemplateView(EmitSettings settings)
{
    public string Namespace { get; } = settings.Namespace;

    public string Accessibility { get; } = settings.Accessibility;

    public string Version { get; } = GeneratorVersion.Value;

    /// <summary>The type of every article: <c>Article</c>, or <c>Article&lt;TMeta&gt;</c> with a metadata schema.</summary>
    public string ArticleType { get; } = settings.ArticleType;

    /// <summary>The metadata schema type, or null when the project declares none.</summary>
    public string? MetaType { get; } = settings.Schema?.TypeName;

    /// <summary>
    /// The template's variables: the view's properties under their own names, and nested values as script objects.
    /// Set one by one, not found by reflection over the view and its records (Scriban's <c>ScriptObject.Import</c> and
    /// member accessors): that reflection, with the invoke stubs it emits, was paid again in every fresh compiler
    /// process and on every import of a view.
    /// </summary>
    public ScriptObject Globals()
    {
        var globals = new ScriptObject();
        globals.SetValue(nameof(Namespace), Namespace, readOnly: false);
        globals.SetValue(nameof(Accessibility), Accessibility, readOnly: false);
        globals.SetValue(nameof(Version), Version, readOnly: false);
        globals.SetValue(nameof(ArticleType), ArticleType, readOnly: false);
        globals.SetValue(nameof(MetaType), MetaType, readOnly: false);
        AddGlobals(globals);
        return globals;
    }

    /// <summary>Adds the variables of this kind of view to <paramref name="globals"/>.</summary>
    protected abstract void AddGlobals(ScriptObject globals);
}

/// <summary>A value of a view that templates read member by member (see <see cref="TemplateView.Globals"/>).</summary>
internal interface ITemplateValue
{
    /// <summary>The value's members by name, as a script object.</summary>
    ScriptObject ToScript();
}

/// <summary>Script objects of template values.</summary>
internal static class TemplateValues
{
    /// <summary>Each of <paramref name="values"/> as the template reads it.</summary>
    public static List<ScriptObject> All(IReadOnlyCollection<ITemplateValue> values)
    {
        var scripts = new List<ScriptObject>(values.Count);
        foreach (var value in values)
        {
            scripts.Add(value.ToScript());
        }

        return scripts;
    }

    /// <summary>A value of two members.</summary>
    public static ScriptObject Of(string name, object? value, string otherName, object? otherValue)
    {
        var script = new ScriptObject(2);
        script.SetValue(name, value, readOnly: false);
        script.SetValue(otherName, otherValue, readOnly: false);
        return script;
    }
}

/// <summary>The entry classes' members that do not depend on the content: <c>All</c>, lookups, <c>Quotes</c>, <c>Events</c>.</summary>
internal sealed class ContentView(EmitSettings settings) : TemplateView(settings)
{
    protected override void AddGlobals(ScriptObject globals)
    {
    }
}

/// <summary>
/// The file of a group of articles: each article's record in the group's literals, the switch that slices a record out
/// of them by slot, and a documented <c>Articles</c> property per article.
/// </summary>
internal sealed class ArticleGroupView : TemplateView
{
    private const int QuotesInRemarks = 3;

    // A quote in the hover text is a reminder of what the article says, not the quote itself.
    private const int QuoteLengthInRemarks = 100;

    private ArticleGroupView(ArticleGroupUnit unit, IReadOnlyList<ArticleMemberView> members, DataChunks chunks)
        : base(unit.Settings)
    {
        Group = unit.Group;
        DataClass = unit.DataClass;
        Members = members;
        Chunks = chunks.Literals();
    }

    public int Group { get; }

    public string DataClass { get; }

    public IReadOnlyList<ArticleMemberView> Members { get; }

    public IReadOnlyList<string> Chunks { get; }

    protected override void AddGlobals(ScriptObject globals)
    {
        globals.SetValue(nameof(Group), Group, readOnly: false);
        globals.SetValue(nameof(DataClass), DataClass, readOnly: false);
        globals.SetValue(nameof(Members), TemplateValues.All(Members), readOnly: false);
        globals.SetValue(nameof(Chunks), Chunks, readOnly: false);
    }

    /// <summary>
    /// The view of a group, or null when no article of it could be written. An article that fails
    /// (<paramref name="failed"/>) is left out, its property included, and the others are kept.
    /// </summary>
    public static ArticleGroupView? Of(ArticleGroupUnit unit, Action<ArticleEmitUnit, Exception> failed)
    {
        var chunks = new DataChunks();
        var members = new List<ArticleMemberView>(unit.Articles.Count);
        for (var slot = 0; slot < unit.Articles.Count; slot++)
        {
            var article = unit.Articles[slot];
            try
            {
                var place = chunks.Add(ArticleRecord.Write(article.Article, article.SourceFile));
                var meta = unit.Settings.Schema is { } schema ? MetadataCode.Creation(schema, article.Article.Article) : null;
                members.Add(Member(article, slot, place, meta));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed(article, exception);
            }
        }

        return members.Count == 0 ? null : new ArticleGroupView(unit, members, chunks);
    }

    /// <summary>What IntelliSense shows: the headline, the date, the file and the first quotes with their speakers.</summary>
    private static ArticleMemberView Member(ArticleEmitUnit unit, int slot, RecordPlace place, string? meta)
    {
        var article = unit.Article.Article;
        var origin = "From <c>" + XmlDoc.Text(unit.SourceFile) + "</c>";
        var remarks = new List<string> { article.Published is { } date ? origin + ", published " + date + "." : origin + "." };
        foreach (var quote in article.Quotes.Take(QuotesInRemarks))
        {
            var speaker = quote.Speaker is { } s ? " \u2014 " + XmlDoc.Text(s.Name) : string.Empty;
            remarks.Add("\u201C" + XmlDoc.Text(quote.Text, QuoteLengthInRemarks) + "\u201D" + speaker);
        }

        return new ArticleMemberView(
            unit.Article.Id,
            slot,
            article.Title.Trim().Length > 0 ? XmlDoc.Text(article.Title) : XmlDoc.Text(unit.SourceFile),
            remarks,
            place,
            meta);
    }
}

/// <summary>
/// One article's property and record: its slot in the group, its documentation, where its record lies, and the
/// creation of its metadata when the project declares a schema.
/// </summary>
internal sealed record ArticleMemberView(string Id, int Slot, string Summary, IReadOnlyList<string> Remarks, RecordPlace Record, string? Meta)
    : ITemplateValue
{
    public ScriptObject ToScript()
    {
        var record = new ScriptObject(3);
        record.SetValue(nameof(RecordPlace.Chunk), Record.Chunk, readOnly: false);
        record.SetValue(nameof(RecordPlace.Offset), Record.Offset, readOnly: false);
        record.SetValue(nameof(RecordPlace.Length), Record.Length, readOnly: false);
        var member = new ScriptObject(6);
        member.SetValue(nameof(Id), Id, readOnly: false);
        member.SetValue(nameof(Slot), Slot, readOnly: false);
        member.SetValue(nameof(Summary), Summary, readOnly: false);
        member.SetValue(nameof(Remarks), Remarks, readOnly: false);
        member.SetValue(nameof(Record), record, readOnly: false);
        member.SetValue(nameof(Meta), Meta, readOnly: false);
        return member;
    }
}

/// <summary>
/// The index file: the corpus index as data, the content set that reads it, and the switch that finds any article's
/// record by group and slot (only groups that have articles, so every class it names exists).
/// </summary>
internal sealed class IndexView : TemplateView
{
    private IndexView(IndexUnit unit)
        : base(unit.Settings)
    {
        var chunks = new DataChunks();
        chunks.Add(IndexRecord.Write(unit.Index));
        Chunks = chunks.Literals();
        var groups = new List<GroupReference>();
        foreach (var group in EmitUnits.UsedGroups(EmitUnits.Paths(unit.Index)))
        {
            groups.Add(new GroupReference(group, EmitUnits.DataClass(group)));
        }

        Groups = groups;
    }

    public IReadOnlyList<string> Chunks { get; }

    public int ChunkCount => Chunks.Count;

    public IReadOnlyList<GroupReference> Groups { get; }

    public static IndexView Of(IndexUnit unit) => new(unit);

    protected override void AddGlobals(ScriptObject globals)
    {
        globals.SetValue(nameof(Chunks), Chunks, readOnly: false);
        globals.SetValue(nameof(ChunkCount), ChunkCount, readOnly: false);
        globals.SetValue(nameof(Groups), TemplateValues.All(Groups), readOnly: false);
    }
}

/// <summary>A group that has articles, and the class holding its data.</summary>
internal sealed record GroupReference(int Group, string DataClass) : ITemplateValue
{
    public ScriptObject ToScript() => TemplateValues.Of(nameof(Group), Group, nameof(DataClass), DataClass);
}

/// <summary>One entity class: a documented property per entity, by its position in the content set.</summary>
internal sealed class EntitiesView(EntityClassUnit unit) : TemplateView(unit.Settings)
{
    public string ClassName { get; } = unit.Class.ToString();

    /// <summary>The runtime type and the content set's method that returns one: <c>Person</c>, <c>Organization</c>, <c>Place</c>.</summary>
    public string TypeName { get; } = unit.Class switch
    {
        EntityClass.People => "Person",
        EntityClass.Organizations => "Organization",
        _ => "Place",
    };

    public IReadOnlyList<EntityMember> Entities { get; } = unit.Entities;

    protected override void AddGlobals(ScriptObject globals)
    {
        globals.SetValue(nameof(ClassName), ClassName, readOnly: false);
        globals.SetValue(nameof(TypeName), TypeName, readOnly: false);
        globals.SetValue(nameof(Entities), TemplateValues.All(Entities), readOnly: false);
    }
}
