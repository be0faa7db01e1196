using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;

namespace NewsGen.Generator.Emission;

/// <summary>Builds the views of the index files (<c>Articles</c>, <c>People</c>, …) from the corpus index unit.</summary>
internal static class IndexViewBuilder
{
    public static ArticlesIndexView Articles(CorpusIndexUnit unit)
    {
        var code = new CSharpCode(unit.Settings.Namespace);
        var type = code.Type("Article");
        return new(unit.Settings)
        {
            Articles = unit.Articles.Select(a => a.Id).ToList(),
            ExampleId = unit.Articles.Count > 0 ? unit.Articles[0].Id : "Id",
            ExampleSlug = unit.Articles.Count > 0 ? unit.Articles[0].Slug : "slug",
            ById = LookupBuilder.ForStrings(code, "ById", type, unit.Articles.Select(a => (a.Id, code.Member("Articles", a.Id))).ToList()),
            BySlug = LookupBuilder.ForStrings(code, "BySlug", type, unit.Articles.Select(a => (a.Slug, code.Member("Articles", a.Id))).ToList()),
        };
    }

    public static EntitiesView People(CorpusIndexUnit unit)
    {
        var code = new CSharpCode(unit.Settings.Namespace);
        return Entities(
            unit,
            "People",
            "Person",
            "The people named in the articles, one property per person.",
            unit.People.Select(p => new Entry(
                p.Id,
                p.Name,
                p.Aliases,
                p.Roles.Count > 0 ? p.Name + ", " + string.Join("; ", p.Roles) : p.Name,
                string.Join(", ", CSharpLiteral.String(p.Id), CSharpLiteral.String(p.Name), CSharpCode.Strings(p.Aliases), CSharpCode.Strings(p.Roles), ArticleList(code, p.Articles), QuoteList(code, p.Quotes)))));
    }

    public static EntitiesView Organizations(CorpusIndexUnit unit)
    {
        var code = new CSharpCode(unit.Settings.Namespace);
        return Entities(
            unit,
            "Organizations",
            "Organization",
            "The organizations named in the articles, one property per organization.",
            unit.Organizations.Select(o => new Entry(
                o.Id,
                o.Name,
                o.Aliases,
                o.Name,
                string.Join(", ", CSharpLiteral.String(o.Id), CSharpLiteral.String(o.Name), CSharpCode.Strings(o.Aliases), ArticleList(code, o.Articles), QuoteList(code, o.Quotes)))));
    }

    public static EntitiesView Places(CorpusIndexUnit unit)
    {
        var code = new CSharpCode(unit.Settings.Namespace);
        return Entities(
            unit,
            "Places",
            "Place",
            "The places named in the articles, one property per place.",
            unit.Places.Select(p => new Entry(
                p.Id,
                p.Name,
                p.Aliases,
                p.Name + " (" + p.Kind.ToString().ToLowerInvariant() + ")",
                string.Join(", ", CSharpLiteral.String(p.Id), CSharpLiteral.String(p.Name), CSharpCode.Strings(p.Aliases), code.Member("PlaceKind", p.Kind.ToString()), ArticleList(code, p.Articles)))));
    }

    public static ListIndexView Quotes(CorpusIndexUnit unit) =>
        new(unit.Settings)
        {
            Articles = unit.Articles.Select(a => a.Id).ToList(),
        };

    public static EventsIndexView Events(CorpusIndexUnit unit) =>
        new(unit.Settings)
        {
            Articles = unit.Articles.Select(a => a.Id).ToList(),
            Days = CSharpCode.Array("int", unit.Events.Select(e => CSharpLiteral.Int(e.DayNumber)).ToList()),
            At = EventSlots(unit),
        };

    private static EntitiesView Entities(CorpusIndexUnit unit, string className, string typeName, string summary, IEnumerable<Entry> entries)
    {
        var code = new CSharpCode(unit.Settings.Namespace);
        var list = entries.ToList();
        return new EntitiesView(unit.Settings)
        {
            ClassName = className,
            TypeName = typeName,
            ClassSummary = summary,
            Entities = list.Select(e => new EntityView(e.Id, XmlDoc.Text(e.Summary), e.Arguments)).ToList(),
            Find = LookupBuilder.ForStrings(code, "Find", code.Type(typeName), LookupKeys(list).Select(k => (k.Key, code.Member(className, k.Id))).ToList()),
        };
    }

    /// <summary>
    /// One key per distinct upper-cased name or alias, the first entity that uses it winning (a duplicate case label
    /// would not compile). Upper-casing both sides makes <c>Find</c> case-insensitive.
    /// </summary>
    private static List<(string Key, string Id)> LookupKeys(IEnumerable<Entry> entries)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var keys = new List<(string Key, string Id)>();
        foreach (var entry in entries)
        {
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var key = name.Trim().ToUpperInvariant();
                if (key.Length > 0 && seen.Add(key))
                {
                    keys.Add((key, entry.Id));
                }
            }
        }

        return keys;
    }

    /// <summary>The dated events by slot (their position in <c>s_days</c>).</summary>
    private static LookupView EventSlots(CorpusIndexUnit unit)
    {
        var code = new CSharpCode(unit.Settings.Namespace);
        return LookupBuilder.ForPositions(
            "At",
            code.Type("NewsEvent"),
            unit.Events.Select(e => code.Member("Articles", e.ArticleId) + ".Events[" + CSharpLiteral.Int(e.Index) + "]").ToList());
    }

    private static string ArticleList(CSharpCode code, IEnumerable<string> articleIds) =>
        code.LazyList(code.Type("Article"), articleIds.Select(id => code.Member("Articles", id)).ToList());

    private static string QuoteList(CSharpCode code, IEnumerable<QuoteRef> quotes) =>
        code.LazyList(code.Type("Quote"), quotes.Select(q => code.Member("Articles", q.ArticleId) + ".Quotes[" + CSharpLiteral.Int(q.Index) + "]").ToList());

    private sealed record Entry(string Id, string Name, IEnumerable<string> Aliases, string Summary, string Arguments);
}
