using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Model;

namespace NewsGen.Runtime;

/// <summary>Reads one article record (see <see cref="DataReader"/>) into the model; entities come from the content set.</summary>
internal static class ArticleDecoder
{
    public static Article Read(ContentSet set, int group, int slot, ReadOnlySpan<byte> record)
    {
        var reader = new DataReader(record);
        var id = reader.String();
        var slug = reader.String();
        var title = reader.String();
        var sourceFile = reader.String();
        var source = reader.OptionalString();
        var author = reader.OptionalString();
        var published = reader.Date();
        var reference = reader.Date();
        var origin = (ReferenceDateOrigin)reader.Int();
        var caption = reader.OptionalString();
        var photo = caption is null ? null : new Photo(caption, reader.String());
        var sectionShapes = new (string? Heading, int Count)[reader.Int()];
        for (var i = 0; i < sectionShapes.Length; i++)
        {
            sectionShapes[i] = (reader.OptionalString(), reader.Int());
        }

        var paragraphs = new List<string>();
        var sections = new Section[sectionShapes.Length];
        for (var i = 0; i < sections.Length; i++)
        {
            var own = new string[sectionShapes[i].Count];
            for (var p = 0; p < own.Length; p++)
            {
                own[p] = reader.String();
                paragraphs.Add(own[p]);
            }

            sections[i] = new Section(sectionShapes[i].Heading, own);
        }

        var article = set.NewArticle(group, slot, id, slug, title, sourceFile);
        article.Source = source;
        article.Author = author;
        article.Published = published;
        article.ReferenceDate = reference;
        article.ReferenceDateOrigin = origin;
        article.Photo = photo;
        article.Sections = sections;
        article.Paragraphs = paragraphs;
        article.WordCount = reader.Int();
        article.People = Entities(reader.Strings(), set.PersonById);
        article.Organizations = Entities(reader.Strings(), set.OrganizationById);
        article.Places = Entities(reader.Strings(), set.PlaceById);
        article.Quotes = Quotes(ref reader, set, article);
        article.Dates = Dates(ref reader, article);
        article.Events = Events(ref reader, set, article);
        return article;
    }

    /// <summary>Entities by corpus id, resolved on first use (see <see cref="ActorRef"/>).</summary>
    private static IReadOnlyList<T> Entities<T>(string[] ids, Func<string, T?> entity)
        where T : Entity =>
        ids.Length == 0 ? [] : new LazyList<T>(() => ids.Select(entity).OfType<T>().ToArray());

    private static Quote[] Quotes(ref DataReader reader, ContentSet set, Article article)
    {
        var quotes = new Quote[reader.Int()];
        for (var i = 0; i < quotes.Length; i++)
        {
            var speaker = ActorRef.Read(ref reader, set);
            var (part, paragraph) = (reader.Int(), reader.Int());
            var container = article.TextAt(new TextLocation((ArticlePart)part, paragraph, 0));
            var (text, start) = reader.Text(container);
            quotes[i] = new Quote(article, text, speaker, new TextLocation((ArticlePart)part, paragraph, start), reader.Bool());
        }

        return quotes;
    }

    private static DateMention[] Dates(ref DataReader reader, Article article)
    {
        var dates = new DateMention[reader.Int()];
        for (var i = 0; i < dates.Length; i++)
        {
            var (part, paragraph) = (reader.Int(), reader.Int());
            var (text, start) = reader.Text(article.TextAt(new TextLocation((ArticlePart)part, paragraph, 0)));
            dates[i] = new DateMention(text, reader.Date(), new TextLocation((ArticlePart)part, paragraph, start));
        }

        return dates;
    }

    private static Event[] Events(ref DataReader reader, ContentSet set, Article article)
    {
        var events = new Event[reader.Int()];
        for (var i = 0; i < events.Length; i++)
        {
            var id = reader.String();
            var date = reader.Date();
            var place = reader.OptionalString();
            var participants = new ActorRef[reader.Int()];
            for (var p = 0; p < participants.Length; p++)
            {
                participants[p] = ActorRef.Read(ref reader, set);
            }

            var (part, paragraph) = (reader.Int(), reader.Int());
            var (summary, start) = reader.Text(article.TextAt(new TextLocation((ArticlePart)part, paragraph, 0)));
            IReadOnlyList<Actor> actors = participants.Length == 0 ? [] : new LazyList<Actor>(() => participants.Select(p => p.Resolve()).OfType<Actor>().ToArray());
            events[i] = new Event(article, id, date, set, place, actors, summary, new TextLocation((ArticlePart)part, paragraph, start));
        }

        return events;
    }
}
