using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Emission;

/// <summary>Builds the view of one article's file from its emit unit.</summary>
internal static class ArticleViewBuilder
{
    public static ArticleView Build(ArticleEmitUnit unit)
    {
        var code = new CSharpCode(unit.Settings.Namespace);
        var corpusArticle = unit.Article;
        var article = corpusArticle.Article;
        var text = new ArticleText("text");
        var title = text.Add(article.Title);
        var source = text.AddOptional(article.Source);
        var author = text.AddOptional(article.Author);
        var photo = article.Photo is { } picture
            ? "new " + code.Type("Photo") + "(" + text.Add(picture.Caption) + ", " + text.Add(picture.Credit) + ")"
            : "null";
        var paragraphs = article.Sections.SelectMany(s => s.Paragraphs).Select(p => text.Add(p.Text)).ToList();
        var sections = Sections(article.Sections, text);
        var quotes = article.Quotes.Select(q => new QuoteView(
            text.Add(q.Text),
            q.Speaker is { } speaker ? Speaker(code, corpusArticle, speaker) : "null",
            CSharpLiteral.Int(q.Paragraph),
            CSharpLiteral.Bool(q.IsPartial))).ToList();
        var dates = article.Dates.Select(d => new DateView(text.Add(d.Text), CSharpCode.Date(d.Value), CSharpLiteral.Int(d.Paragraph))).ToList();
        var events = article.Events.Select(e => Event(code, corpusArticle, e, text)).ToList();
        return new ArticleView(unit.Settings)
        {
            Id = corpusArticle.Id,
            Holder = EmitUnits.HolderClass(corpusArticle.Id),
            Content = text.Content(),
            IdLiteral = CSharpLiteral.String(corpusArticle.Id),
            Title = title,
            Slug = CSharpLiteral.String(corpusArticle.Slug),
            Published = CSharpCode.Date(article.Published),
            Source = source,
            Author = author,
            Photo = photo,
            Paragraphs = paragraphs,
            Sections = sections,
            WordCount = CSharpLiteral.Int(article.WordCount),
            SourceFile = CSharpLiteral.String(unit.SourceFile),
            People = code.LazyList(code.Type("Person"), Members(code, "People", corpusArticle.PersonIds)),
            Organizations = code.LazyList(code.Type("Organization"), Members(code, "Organizations", corpusArticle.OrganizationIds)),
            Places = code.LazyList(code.Type("Place"), Members(code, "Places", corpusArticle.PlaceIds)),
            Quotes = quotes,
            Dates = dates,
            Events = events,
        };
    }

    private static List<SectionView> Sections(EquatableArray<Section> sections, ArticleText text)
    {
        var views = new List<SectionView>(sections.Count);
        var next = 0;
        foreach (var section in sections)
        {
            var indexes = Enumerable.Range(next, section.Paragraphs.Count).Select(i => "paragraphs[" + CSharpLiteral.Int(i) + "]").ToList();
            next += section.Paragraphs.Count;
            views.Add(new SectionView(text.AddOptional(section.Heading), CSharpCode.Array("string", indexes)));
        }

        return views;
    }

    private static List<string> Members(CSharpCode code, string className, EquatableArray<string> ids) =>
        ids.Distinct().Select(id => code.Member(className, id)).ToList();

    private static string Speaker(CSharpCode code, CorpusArticle article, EntityRef speaker) =>
        article.Resolve(speaker) is { } id
            ? code.Member(speaker.Kind == EntityKind.Person ? "People" : "Organizations", id)
            : "null";

    private static EventView Event(CSharpCode code, CorpusArticle article, NewsEvent e, ArticleText text)
    {
        var participants = e.Participants
            .Select(p => (p.Kind, Id: article.Resolve(p)))
            .Where(p => p.Id is not null)
            .Select(p => code.Member(p.Kind == EntityKind.Person ? "People" : "Organizations", p.Id!))
            .Distinct()
            .ToList();
        var place = e.Place is { } name && article.ResolvePlace(name) is { } placeId ? code.Member("Places", placeId) : "null";
        return new EventView(
            CSharpLiteral.String(e.Id),
            CSharpCode.Date(e.Date),
            place,
            CSharpCode.Array(code.Type("Entity"), participants),
            text.Add(e.Summary),
            CSharpLiteral.Int(e.Paragraph));
    }
}
