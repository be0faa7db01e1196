using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using NewsGen.Extraction;
using NewsGen.Generator.Tests.Infrastructure;
using NewsGen.Model;
using NewsGen.Serialization;
using NewsGen.Tests;
using static NewsGen.Generator.Tests.Infrastructure.GeneratedApi;
using Extracted = NewsGen.Extraction.Model;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>
/// The generator writes each article as a content record and NewsGen.Runtime reads it back: every field the extraction
/// found arrives in the runtime model, locations point at the text they locate, and the model serializes to JSON.
/// </summary>
public class ContentRecordTests
{
    private static readonly Lazy<(Extracted.Article Extracted, Article Runtime)> Seed = new(() =>
    {
        var text = File.ReadAllText(RepoPaths.SeedFile);
        var extracted = ArticleExtractor.Extract(new Extracted.ArticleSource(RepoPaths.SeedFile, text, null, null), Extracted.ExtractionOptions.Default).Article!;
        var runtime = (Article)Items(Property(Type(SeedBuild.Assembly, "Articles"), "All")).Single(a => ((Article)a).Title == extracted.Title);
        return (extracted, runtime);
    });

    [Fact]
    public void Every_field_of_the_seed_arrives_in_the_runtime_model()
    {
        var (extracted, article) = Seed.Value;

        Assert.Equal(extracted.Title, article.Title);
        Assert.Equal(extracted.Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text), article.Paragraphs);
        Assert.Equal(extracted.Sections.Select(s => s.Heading), article.Sections.Select(s => s.Heading));
        Assert.Equal(extracted.Photo!.Credit, article.Photo!.Credit);
        Assert.Equal(extracted.WordCount, article.WordCount);
        Assert.Equal(extracted.People.Select(p => p.Name), article.People.Select(p => p.Name));
        Assert.Equal(extracted.Quotes.Select(q => q.Text), article.Quotes.Select(q => q.Text));
        Assert.Equal(extracted.Quotes.Select(q => q.Speaker?.Name), article.Quotes.Select(q => q.Speaker?.Name));
        Assert.Equal(extracted.Quotes.Select(q => q.IsPartial), article.Quotes.Select(q => q.IsPartial));
        Assert.Equal(extracted.Dates.Select(d => d.Text), article.Dates.Select(d => d.Text));
        Assert.Equal(extracted.Dates.Select(d => d.Value?.ToString()), article.Dates.Select(d => d.Value?.ToString("yyyy-MM-dd")));
        Assert.Equal(extracted.Events.Select(e => e.Summary), article.Events.Select(e => e.Summary));
        Assert.Equal(extracted.Events.Select(e => e.Date?.ToString()), article.Events.Select(e => e.Date?.ToString("yyyy-MM-dd")));
    }

    [Fact]
    public void The_seed_states_no_publication_date_and_its_inferred_reference_date_is_exposed()
    {
        var (extracted, article) = Seed.Value;

        Assert.Null(article.Published);
        Assert.Equal(ReferenceDateOrigin.Inferred, article.ReferenceDateOrigin);
        Assert.Equal(extracted.ReferenceDate!.Value.ToString(), article.ReferenceDate!.Value.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void Quote_and_date_locations_point_at_their_text()
    {
        var article = Seed.Value.Runtime;

        var located = article.Quotes.Select(q => (q.Text, q.Location)).Concat(article.Dates.Select(d => (d.Text, d.Location))).ToList();

        Assert.NotEmpty(located);
        Assert.All(located, l => Assert.Equal(l.Text, article.TextAt(l.Location).Substring(l.Location.Start, l.Text.Length)));
        Assert.All(article.Quotes, q => Assert.Equal(ArticlePart.Body, q.Location.Part));
    }

    [Fact]
    public void A_date_in_the_photo_caption_is_located_in_the_caption_not_at_a_negative_paragraph()
    {
        var assembly = Compiler.Load(GeneratorHarness.Run(
            [new TestArticle("/p/caption.txt", "Harbor pier reopens\n\nFile photo. The new pier at dawn, 3 May 2019. [Handout photo, Harbor Authority]\n\nThe pier reopened to visitors after two years of repairs.\n")],
            assemblyName: "Caption").Output);
        var article = (Article)Items(Property(Type(assembly, "Articles"), "All")).Single();

        var date = Assert.Single(article.Dates, d => d.Location.Part == ArticlePart.Caption);
        Assert.Equal("3 May 2019", date.Text);
        Assert.Equal(0, date.Location.Paragraph);
        Assert.Equal(date.Text, article.TextAt(date.Location).Substring(date.Location.Start, date.Text.Length));
    }

    [Fact]
    public void Serializing_every_article_with_default_options_gives_a_document_without_cycles()
    {
        var all = (IReadOnlyList<Article>)Property(Type(SeedBuild.Assembly, "Articles"), "All")!;

        var json = JsonSerializer.Serialize(all);

        using var document = JsonDocument.Parse(json);
        var seed = document.RootElement.EnumerateArray().Single(a => a.GetProperty("Title").GetString() == Seed.Value.Runtime.Title);
        var speakers = seed.GetProperty("Quotes").EnumerateArray().Select(q => q.GetProperty("Speaker")).Where(s => s.ValueKind == JsonValueKind.Object).ToList();
        var speaker = Seed.Value.Runtime.Quotes.Select(q => q.Speaker).OfType<Person>().Last();
        Assert.Contains(speakers, s => s.GetProperty("kind").GetString() == "person" && s.GetProperty("Name").GetString() == speaker.Name);
        Assert.False(seed.GetProperty("People")[0].TryGetProperty("Articles", out _));
        Assert.Equal("Inferred", seed.GetProperty("ReferenceDateOrigin").GetString());
    }

    [Fact]
    public void The_source_generated_context_serializes_the_same_document()
    {
        var all = (IReadOnlyList<Article>)Property(Type(SeedBuild.Assembly, "Articles"), "All")!;

        Assert.Equal(JsonSerializer.Serialize(all), JsonSerializer.Serialize(all, NewsGenJsonContext.Default.IReadOnlyListArticle));
    }

    [Fact]
    public void People_are_found_by_every_form_the_text_uses()
    {
        var assembly = Compiler.Load(GeneratorHarness.Run(
            [new TestArticle("/p/pier.txt", "Pier talks resume\n\nFile photo. Gen. Ilse M. Castellucci at the pier. [Pool photo, Harbor Authority]\n\nThe harbor board met Ilse Castelluci on Monday, and Castelluci toured the docks.\n")],
            assemblyName: "PierTalks").Output);
        var people = Type(assembly, "People");
        var officer = (Person)Items(Property(people, "All")).Single();

        Assert.Equal("Ilse M. Castellucci", officer.Name);
        Assert.Same(officer, Invoke(people, "Find", "Gen. Ilse M. Castellucci"));
        Assert.Same(officer, Invoke(people, "Find", "ilse castellucci"));
        Assert.Same(officer, Invoke(people, "Find", "Castelluci"));
        Assert.Same(officer, Invoke(people, "Find", "General Castellucci"));
        Assert.Null(Invoke(people, "Find", "General"));
    }

    [Fact]
    public void People_and_places_lead_to_their_events_and_events_to_their_article()
    {
        var article = Seed.Value.Runtime;
        var meeting = article.Events.First(e => e.Place is not null && e.Participants.Count > 0);

        Assert.Same(article, meeting.Article);
        Assert.Contains(meeting, meeting.Place!.Events);
        Assert.All(meeting.Participants, p => Assert.Contains(meeting, p.Events));
        Assert.All(article.Quotes.Where(q => q.Speaker is not null), q => Assert.Contains(q, q.Speaker!.Quotes));
    }

    [Fact]
    public void The_model_has_no_public_constructor_and_no_deconstruction()
    {
        // Attributes (ArticleMetadata) are the user's to apply, so they have public constructors.
        var types = typeof(Article).Assembly.GetExportedTypes().Where(t => t.Namespace == "NewsGen.Model" && t.IsClass && !typeof(Attribute).IsAssignableFrom(t));

        Assert.All(types, t => Assert.Empty(t.GetConstructors(BindingFlags.Public | BindingFlags.Instance)));
        Assert.All(types, t => Assert.Null(t.GetMethod("Deconstruct")));
    }
}
