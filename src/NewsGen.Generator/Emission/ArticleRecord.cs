using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Writes one article as a content record, field by field in the order <c>NewsGen.Runtime.ArticleDecoder</c> reads
/// them. Entities are written by corpus id, not position, so an edit elsewhere that shifts positions leaves this
/// record, and its group file, unchanged.
/// </summary>
internal static class ArticleRecord
{
    // ArticlePart in NewsGen.Runtime.
    private const int Body = 0;
    private const int Title = 1;
    private const int Caption = 2;

    // ReferenceDateOrigin in NewsGen.Runtime.
    private const int ReferenceNone = 0;
    private const int ReferencePublished = 1;
    private const int ReferenceInferred = 2;

    // ActorRef kinds in NewsGen.Runtime.
    private const int Nobody = 0;
    private const int PersonKind = 1;
    private const int OrganizationKind = 2;

    public static string Write(CorpusArticle corpusArticle, string sourceFile)
    {
        var article = corpusArticle.Article;
        var paragraphs = new List<Paragraph>();
        foreach (var section in article.Sections)
        {
            paragraphs.AddRange(section.Paragraphs);
        }

        var writer = new ContentWriter()
            .String(corpusArticle.Id)
            .String(corpusArticle.Slug)
            .String(article.Title)
            .String(sourceFile)
            .String(article.Source)
            .String(article.Author)
            .Date(article.Published)
            .Date(article.ReferenceDate ?? article.Published)
            .Int(article.Published is not null ? ReferencePublished : article.ReferenceDate is not null ? ReferenceInferred : ReferenceNone)
            .String(article.Photo?.Caption);
        if (article.Photo is { } photo)
        {
            writer.String(photo.Credit);
        }

        writer.Int(article.Sections.Count);
        foreach (var section in article.Sections)
        {
            writer.String(section.Heading).Int(section.Paragraphs.Count);
        }

        foreach (var paragraph in paragraphs)
        {
            writer.String(paragraph.Text);
        }

        writer.Int(article.WordCount)
            .Strings(corpusArticle.PersonIds.Distinct().ToList())
            .Strings(corpusArticle.OrganizationIds.Distinct().ToList())
            .Strings(corpusArticle.PlaceIds.Distinct().ToList());

        writer.Int(article.Quotes.Count);
        foreach (var quote in article.Quotes)
        {
            Actor(writer, corpusArticle, quote.Speaker);
            Located(writer, article, paragraphs, quote.Paragraph, quote.Text, quote.Start).Bool(quote.IsPartial);
        }

        writer.Int(article.Dates.Count);
        foreach (var date in article.Dates)
        {
            Located(writer, article, paragraphs, date.Paragraph, date.Text, date.Start).Date(date.Value);
        }

        writer.Int(article.Events.Count);
        foreach (var e in article.Events)
        {
            var participants = new List<Participant>();
            var seen = new HashSet<Participant>();
            foreach (var reference in e.Participants)
            {
                if (corpusArticle.Resolve(reference) is { } id && new Participant(reference.Kind, id) is var participant && seen.Add(participant))
                {
                    participants.Add(participant);
                }
            }

            writer.String(e.Id).Date(e.Date).String(e.Place is { } place ? corpusArticle.ResolvePlace(place) : null).Int(participants.Count);
            foreach (var participant in participants)
            {
                writer.Int(participant.Kind == EntityKind.Person ? PersonKind : OrganizationKind).String(participant.Id);
            }

            Located(writer, article, paragraphs, e.Paragraph, e.Summary, -1);
        }

        return writer.ToString();
    }

    private static void Actor(ContentWriter writer, CorpusArticle article, EntityRef? reference)
    {
        if (reference is not null && article.Resolve(reference) is { } id)
        {
            writer.Int(reference.Kind == EntityKind.Person ? PersonKind : OrganizationKind).String(id);
        }
        else
        {
            writer.Int(Nobody);
        }
    }

    /// <summary>
    /// The part and paragraph a text is in, then the text as a reference into that part where it stands there. The
    /// extraction model numbers the title -1 and the caption -2; the runtime names the part instead.
    /// </summary>
    private static ContentWriter Located(
        ContentWriter writer, Article article, System.Collections.Generic.List<Paragraph> paragraphs, int paragraph, string text, int start)
    {
        if (paragraph >= 0 && paragraph < paragraphs.Count)
        {
            return writer.Int(Body).Int(paragraph).Text(text, paragraphs[paragraph].Text, start < 0 ? -1 : start - paragraphs[paragraph].Start);
        }

        return paragraph == -2 && article.Photo is { } photo
            ? writer.Int(Caption).Int(0).Text(text, photo.Caption, start < 0 ? -1 : start - photo.Start)
            : writer.Int(Title).Int(0).Text(text, article.Title, -1);
    }

    // A class, not a tuple: collections and LINQ over value types are JIT-compiled anew in every fresh compiler process.
    private sealed record Participant(EntityKind Kind, string Id);
}
