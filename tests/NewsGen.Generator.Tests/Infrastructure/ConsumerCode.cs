namespace NewsGen.Generator.Tests.Infrastructure;

/// <summary>Code a consumer would write against the generated API, so a compile test covers its use, not just its declaration.</summary>
internal static class ConsumerCode
{
    public static string UsingEverything(string ns = "NewsGen.Content") => $$"""
        using System;
        using System.Linq;
        using NewsGen.Model;
        using {{ns}};

        namespace Consumer;

        internal static class Usage
        {
            public static string Run()
            {
                var text = new System.Text.StringBuilder();
                foreach (Article article in Articles.All)
                {
                    text.Append(article.Id).Append(article.Title).Append(article.Slug).Append(article.Published?.Year);
                    text.Append(article.Photo?.Credit).Append(article.Source).Append(article.Author).Append(article.WordCount);
                    foreach (Section section in article.Sections)
                    {
                        text.Append(section.Heading ?? "").Append(section.Paragraphs.Count);
                    }

                    foreach (Quote quote in article.Quotes)
                    {
                        text.Append($"{quote.Speaker?.Name}: {quote.Text} {quote.Article.Id} {quote.IsPartial}");
                        text.Append(article.TextAt(quote.Location).Length).Append(quote.Location.Part).Append(quote.Location.Paragraph);
                    }

                    foreach (DateMention date in article.Dates)
                    {
                        text.Append(date.Text).Append(date.Value).Append(date.Location.Start);
                    }

                    text.Append(article.ReferenceDate).Append(article.ReferenceDateOrigin).Append(article.SourceFile);

                    text.Append(article.People.Count + article.Organizations.Count + article.Places.Count + article.Dates.Count + article.Events.Count);
                }

                Person? person = People.Find("someone");
                Organization? organization = Organizations.Find("something");
                Place? place = Places.Find("somewhere");
                text.Append(person?.Roles.Count).Append(organization?.Quotes.Count).Append(place?.Kind);
                text.Append(person?.Events.Count).Append(place?.Events.Count).Append(organization?.Articles.Count);
                text.Append(People.All.Count + Organizations.All.Count + Places.All.Count);
                if (Articles.TryGet("Anything", out var found))
                {
                    text.Append(found.Title);
                }

                text.Append(Articles.BySlug("anything")?.Title);
                text.Append(Quotes.All.Count);
                foreach (var speaker in People.All)
                {
                    text.Append(Quotes.By(speaker).Count);
                }

                foreach (Event e in Events.Between(new DateOnly(2000, 1, 1), new DateOnly(2030, 12, 31)).Concat(Events.On(new DateOnly(2018, 12, 12))))
                {
                    text.Append(e.Summary).Append(e.Place?.Name).Append(e.Participants.Count).Append(e.Date).Append(e.Article.Id);
                }

                return text.ToString();
            }
        }
        """;
}
