using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using NewsGen.Generator.Tests.Infrastructure;
using static NewsGen.Generator.Tests.Infrastructure.GeneratedApi;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>
/// The generated code, compiled and loaded: lookups work, content decodes to the original text, entities and
/// quotes are shared instances, and touching one article creates no other.
/// </summary>
public class GeneratedCodeRunsTests
{
    private static readonly Lazy<Assembly> Rich = new(() =>
        Compiler.Load(Compiler.Compile(ModelEmission.Render([Models.Rich(), Models.Article("/project/articles/other.txt", "Other", title: "Other story")]).Select(f => f.Text), "Rich")));

    [Fact]
    public void Seed_articles_are_listed_found_and_decoded()
    {
        var articles = Type(SeedBuild.Assembly, "Articles");

        var all = Items(Property(articles, "All"));
        Assert.Equal(3, all.Count);
        var seed = all.Single(a => Get(a, "SourceFile") is string file && file.EndsWith("000_bfda32527d1fa4f3.txt", StringComparison.Ordinal));
        Assert.Equal("NATO: Baku is \u2018perfect venue\u2019 for talking to Russia", Get(seed, "Title"));
        Assert.Same(seed, TryGet(articles, (string)Get(seed, "Id")!));
        Assert.Same(seed, Invoke(articles, "BySlug", ((string)Get(seed, "Slug")!).ToUpperInvariant()));
        Assert.Null(TryGet(articles, "NoSuchArticle"));
        Assert.Null(Invoke(articles, "BySlug", "no-such-slug"));
        Assert.Contains("\u201CI think that this is an indicator of the influence of our country,\u201D added Khalafov.", Items(Get(seed, "Paragraphs")));
    }

    [Fact]
    public void Touching_one_article_creates_no_other()
    {
        var assembly = Compiler.Load(FreshTwoArticles());
        var articles = Type(assembly, "Articles");

        Assert.Equal("Third story", Get(Property(articles, "Third")!, "Title"));

        Assert.Equal(["Third"], Content(articles).DecodedArticles);
        Assert.False(Content(articles).IsIndexDecoded);
        Assert.NotNull(TryGet(articles, "Second"));
        Assert.Equal(["Second", "Third"], Content(articles).DecodedArticles.Order());
        Assert.False(Content(articles).IsIndexDecoded, "finding an article by id reads the article table, not the entities");
    }

    [Fact]
    public void Content_with_hard_characters_round_trips()
    {
        var article = Property(Type(Rich.Value, "Articles"), "HarborSummit")!;

        Assert.Equal(Models.Rich().Title, Get(article, "Title"));
        var expected = Models.Rich().Sections.SelectMany(s => s.Paragraphs).Select(p => p.Text).ToArray();
        Assert.Equal(expected, ((IEnumerable)Get(article, "Paragraphs")!).Cast<string>().ToArray());
        Assert.Equal("The <details> & fine print", Get(Items(Get(article, "Sections"))[1], "Heading"));
        Assert.Equal("Handout photo, Harbor Authority", Get(Get(article, "Photo")!, "Credit"));
        Assert.Equal(new DateOnly(2024, 3, 15), Get(article, "Published"));
    }

    [Fact]
    public void Entities_and_quotes_are_shared_and_found_case_insensitively()
    {
        var people = Type(Rich.Value, "People");
        var mayor = Property(people, "MariaLopez")!;

        Assert.Same(mayor, Invoke(people, "Find", "  maria LOPEZ "));
        Assert.Same(mayor, Invoke(people, "Find", "lopez"));
        Assert.Null(Invoke(people, "Find", "Nobody"));
        var quotes = Items(Invoke(Type(Rich.Value, "Quotes"), "By", mayor));
        var quote = Assert.Single(quotes);
        Assert.Same(mayor, Get(quote, "Speaker"));
        Assert.Equal("It's a C:\\path */ win", Get(quote, "Text"));
        Assert.Same(Property(Type(Rich.Value, "Articles"), "HarborSummit"), Get(quote, "Article"));
        Assert.Equal(4, Items(Property(Type(Rich.Value, "Quotes"), "All")).Count);
        Assert.Same(Property(Type(Rich.Value, "Organizations"), "HarborAuthority"), Get(Items(Get(Property(Type(Rich.Value, "Articles"), "HarborSummit")!, "Quotes"))[2], "Speaker"));
    }

    [Fact]
    public void Organizations_and_places_are_found_by_name_or_alias_in_any_case()
    {
        var organizations = Type(Rich.Value, "Organizations");
        var places = Type(Rich.Value, "Places");
        var authority = Property(organizations, "HarborAuthority")!;
        var country = Property(places, "Freedonia")!;

        Assert.Same(authority, Invoke(organizations, "Find", "harbor AUTHORITY"));
        Assert.Same(authority, Invoke(organizations, "Find", "the authority"));
        Assert.Same(country, Invoke(places, "Find", "Freedonian"));
        Assert.Same(Property(places, "PortLaguna"), Invoke(places, "Find", "port laguna"));
        Assert.Null(Invoke(organizations, "Find", "Freedonia"));
        Assert.Null(Invoke(places, "Find", "Harbor Authority"));
    }

    [Fact]
    public void Entities_do_not_create_articles_until_asked()
    {
        var assembly = Compiler.Load(Compiler.Compile(ModelEmission.Render([Models.Rich()]).Select(f => f.Text), "RichLazy"));
        var articles = Type(assembly, "Articles");

        var mayor = Property(Type(assembly, "People"), "MariaLopez")!;
        Assert.Equal("Maria Lopez", Get(mayor, "Name"));
        Assert.Empty(Content(articles).DecodedArticles);

        Assert.Single(((IEnumerable)Get(mayor, "Articles")!));
        Assert.Equal(["HarborSummit"], Content(articles).DecodedArticles);
    }

    [Fact]
    public void Events_are_found_by_date()
    {
        var events = Type(Rich.Value, "Events");

        var on = Items(Invoke(events, "On", new DateOnly(2024, 3, 14)));
        var between = Items(Invoke(events, "Between", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)));
        var none = Items(Invoke(events, "Between", new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)));

        var meeting = Assert.Single(on);
        Assert.Single(between);
        Assert.Empty(none);
        Assert.Equal(2, Items(Property(events, "All")).Count);
        Assert.Same(Property(Type(Rich.Value, "Places"), "PortLaguna"), Get(meeting, "Place"));
        Assert.Equal(2, Items(Get(meeting, "Participants")).Count);
    }

    /// <summary>A compilation of its own, so no other test has touched its articles yet.</summary>
    private static Microsoft.CodeAnalysis.Compilation FreshTwoArticles() =>
        GeneratorHarness.Run(
        [
            new TestArticle("/p/second.txt", "---\nid: Second\n---\nSecond story\n\nBody.\n"),
            new TestArticle("/p/third.txt", "---\nid: Third\n---\nThird story\n\nBody.\n"),
        ], assemblyName: "Lazy").Output;

    /// <summary>The content set of the assembly that declares <paramref name="articles"/>: how laziness is observed without public API.</summary>
    private static NewsGen.Runtime.ContentSet Content(Type articles) =>
        (NewsGen.Runtime.ContentSet)articles.Assembly.GetType(articles.Namespace + ".NewsGenContent")!
            .GetProperty("Set", BindingFlags.NonPublic | BindingFlags.Static)!
            .GetValue(null)!;
}
