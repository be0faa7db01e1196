using System.Linq;
using NewsGen.Extraction.Corpus;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Tests.Infrastructure;

namespace NewsGen.Generator.Tests.Corpus;

public class CorpusBuilderTests
{
    private static readonly SourceSpan IdValue = new(8, 4, 1, 4, 1, 8);

    private static Extraction.Corpus.Corpus Build(params Article[] articles) => CorpusBuilder.Build(articles.Select(Models.Result));

    [Fact]
    public void Articles_are_ordered_by_path_whatever_the_input_order()
    {
        var a = Models.Article("/p/a.txt", "Zeta");
        var b = Models.Article("/p/b.txt", "Alpha");

        Assert.Equal(["Zeta", "Alpha"], Build(b, a).Articles.Select(x => x.Id));
        Assert.Equal(Build(a, b), Build(b, a));
    }

    [Fact]
    public void Skipped_files_are_left_out()
    {
        var corpus = CorpusBuilder.Build([new ExtractionResult("/p/empty.txt", null, EquatableArray<ContentDiagnostic>.Empty), Models.Result(Models.Article("/p/a.txt", "A"))]);

        Assert.Equal(["A"], corpus.Articles.Select(x => x.Id));
    }

    [Fact]
    public void A_path_listed_twice_counts_once()
    {
        var article = Models.Article("/p/a.txt", "Story");

        var corpus = Build(article, article, Models.Article("/p\\a.txt", "Story"));

        Assert.Single(corpus.Articles);
        Assert.Empty(corpus.Diagnostics);
    }

    [Fact]
    public void Derived_ids_that_clash_are_each_told_apart_by_their_own_file_and_reported_NG2002()
    {
        var corpus = Build(Models.Article("/p/a.txt", "Story"), Models.Article("/p/b.txt", "Story"), Models.Article("/p/c.txt", "Story"));

        Assert.Equal(["Story_" + Hash("a.txt"), "Story_" + Hash("b.txt"), "Story_" + Hash("c.txt")], corpus.Articles.Select(x => x.Id));
        Assert.Equal(["/p/a.txt", "/p/b.txt", "/p/c.txt"], corpus.Diagnostics.Select(d => d.Path));
        Assert.All(corpus.Diagnostics, d => Assert.Equal("NG2002", d.Id));
        Assert.Equal($"The identifier 'Story' is wanted by another article or is reserved; this article is generated as 'Story_{Hash("c.txt")}'", corpus.Diagnostics[2].Message);
        Assert.Equal(Models.Origin, corpus.Diagnostics[0].Location);
    }

    [Fact]
    public void Adding_or_removing_an_article_changes_no_other_articles_id_unless_it_wants_the_same_one()
    {
        Article[] articles =
        [
            Models.Article("/p/a.txt", "Story"), Models.Article("/p/b.txt", "Story"), Models.Article("/p/m.txt", "Harbor"), Models.Article("/p/z.txt", "Ferry"),
        ];
        var before = Ids(Build(articles));

        var added = Ids(Build([.. articles, Models.Article("/p/c.txt", "Story"), Models.Article("/p/0.txt", "Bridge")]));
        var removed = Ids(Build(articles.Where(a => a.SourcePath != "/p/m.txt").ToArray()));

        Assert.All(before, entry => Assert.Equal(entry.Value, added[entry.Key]));
        Assert.All(removed, entry => Assert.Equal(before[entry.Key], entry.Value));
        Assert.Equal("Bridge", added["/p/0.txt"]);
    }

    [Fact]
    public void Ids_that_differ_only_in_case_clash_and_ids_in_files_of_the_same_name_fall_back_to_numbers()
    {
        var corpus = Build(Models.Article("/p/a.txt", "Story"), Models.Article("/p/b.txt", "STORY"), Models.Article("/q/b.txt", "STORY"));

        Assert.Equal(["Story_" + Hash("a.txt"), "STORY_" + Hash("b.txt") + "2", "STORY_" + Hash("b.txt") + "3"], corpus.Articles.Select(x => x.Id));
    }

    [Fact]
    public void Two_thousand_articles_wanting_one_name_get_two_thousand_names()
    {
        var corpus = Build(Enumerable.Range(0, 2000).Select(i => Models.Article($"/p/{i:0000}.txt", "Story")).ToArray());

        Assert.Equal(2000, corpus.Articles.Select(x => x.Id).Distinct(System.StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(corpus.Articles, a => Assert.StartsWith("Story_", a.Id, System.StringComparison.Ordinal));
    }

    [Fact]
    public void Two_explicit_ids_that_clash_are_NG2001_on_both_files()
    {
        var corpus = Build(
            Models.Article("/p/a.txt", "Same", origin: ArticleIdOrigin.FrontMatter, idLocation: IdValue),
            Models.Article("/p/b.txt", "Same", origin: ArticleIdOrigin.Metadata));

        Assert.Equal(["Same_" + Hash("a.txt"), "Same_" + Hash("b.txt")], corpus.Articles.Select(x => x.Id));
        Assert.Equal(["NG2001", "NG2001"], corpus.Diagnostics.Select(d => d.Id));
        var first = corpus.Diagnostics.Single(d => d.Path == "/p/a.txt");
        var second = corpus.Diagnostics.Single(d => d.Path == "/p/b.txt");
        Assert.Equal(ContentSeverity.Error, first.Severity);
        Assert.Equal(IdValue, first.Location);
        Assert.Equal(new FileSpan("/p/b.txt", Models.Origin), Assert.Single(first.AdditionalLocations));
        Assert.Equal(new FileSpan("/p/a.txt", IdValue), Assert.Single(second.AdditionalLocations));
        Assert.Equal("Article id 'Same' is used by more than one file (a.txt, b.txt)", first.Message);
    }

    [Fact]
    public void An_explicit_id_wins_over_a_derived_one_even_when_it_comes_later()
    {
        var corpus = Build(
            Models.Article("/p/a.txt", "Talks"),
            Models.Article("/p/z.txt", "Talks", origin: ArticleIdOrigin.FrontMatter, idLocation: IdValue));

        Assert.Equal(["Talks_" + Hash("a.txt"), "Talks"], corpus.Articles.Select(x => x.Id));
        var diagnostic = Assert.Single(corpus.Diagnostics);
        Assert.Equal(("NG2002", "/p/a.txt"), (diagnostic.Id, diagnostic.Path));
    }

    [Theory]
    [InlineData("All")]
    [InlineData("TryGet")]
    [InlineData("BySlug")]
    [InlineData("Articles")]
    [InlineData("ToString")]
    public void Ids_that_name_a_member_of_Articles_are_renamed(string id)
    {
        var corpus = Build(Models.Article("/p/a.txt", id, origin: ArticleIdOrigin.Metadata));

        Assert.Equal(id + "_" + Hash("a.txt"), corpus.Articles[0].Id);
        Assert.Equal("NG2002", Assert.Single(corpus.Diagnostics).Id);
    }

    [Fact]
    public void Requested_ids_are_made_valid_identifiers()
    {
        var corpus = Build(Models.Article("/p/a.txt", "2024 review!"));

        Assert.Equal("_2024Review", corpus.Articles[0].Id);
    }

    [Fact]
    public void People_merge_when_a_name_matches_the_other_names_or_aliases()
    {
        var full = Models.Person("Amara Nwankwo", ["Nwankwo"], ["President"]);
        var shortForm = Models.Person("Nwankwo", roles: ["Leader"]);
        var corpus = Build(
            Models.Article("/p/a.txt", "A", people: [shortForm]),
            Models.Article("/p/b.txt", "B", people: [full]));

        var person = Assert.Single(corpus.People);
        Assert.Equal("AmaraNwankwo", person.Id);
        Assert.Equal("Amara Nwankwo", person.Name);
        Assert.Equal(["Nwankwo"], person.Aliases);
        Assert.Equal(["Leader", "President"], person.Roles);
        Assert.Equal(["A", "B"], person.Articles);
        Assert.Equal(["AmaraNwankwo"], corpus.Articles[0].PersonIds);
        Assert.Equal(["AmaraNwankwo"], corpus.Articles[1].PersonIds);
    }

    [Fact]
    public void Entity_ids_follow_the_extractor_id_of_the_chosen_name()
    {
        var full = Models.Person("Tobias M. Ward", ["Ward"]) with { Id = "TobiasWard" };
        var corpus = Build(
            Models.Article("/p/a.txt", "A", people: [Models.Person("Ward")]),
            Models.Article("/p/b.txt", "B", people: [full]));

        Assert.Equal(("TobiasWard", "Tobias M. Ward"), (corpus.People.Single().Id, corpus.People.Single().Name));
    }

    [Fact]
    public void A_shared_surname_alone_does_not_merge_people()
    {
        var corpus = Build(
            Models.Article("/p/a.txt", "A", people: [Models.Person("Jane Smith", ["Smith"])]),
            Models.Article("/p/b.txt", "B", people: [Models.Person("John Smith", ["Smith"])]),
            Models.Article("/p/c.txt", "C", people: [Models.Person("Smith")]));

        Assert.Equal(["JaneSmith", "JohnSmith", "Smith"], corpus.People.Select(p => p.Id));
    }

    [Fact]
    public void Entity_ids_are_unique_and_avoid_member_names()
    {
        var corpus = Build(
            Models.Article("/p/a.txt", "A", people: [Models.Person("Find"), Models.Person("All")], places: [Models.Place("Places")]),
            Models.Article("/p/b.txt", "B", organizations: [Models.Organization("Acme Corp"), Models.Organization("Acme-Corp!")]));

        Assert.Equal(["Find_" + Hash("Find"), "All_" + Hash("All")], corpus.People.Select(p => p.Id));
        Assert.Equal(["Places_" + Hash("Places")], corpus.Places.Select(p => p.Id));
        Assert.Equal(["AcmeCorp_" + Hash("Acme Corp"), "AcmeCorp_" + Hash("Acme-Corp!")], corpus.Organizations.Select(o => o.Id));
    }

    [Fact]
    public void Quotes_are_referenced_from_their_speakers()
    {
        var mayor = Models.Person("Maria Lopez");
        var board = Models.Organization("Port Board");
        var corpus = Build(
            Models.Article("/p/a.txt", "A", people: [mayor], organizations: [board], quotes: [Models.Quote("one", mayor), Models.Quote("two", board), Models.Quote("three", (Person?)null)]),
            Models.Article("/p/b.txt", "B", people: [mayor], quotes: [Models.Quote("four", mayor)]));

        Assert.Equal([new QuoteRef("A", 0), new QuoteRef("B", 0)], corpus.People.Single().Quotes);
        Assert.Equal([new QuoteRef("A", 1)], corpus.Organizations.Single().Quotes);
        Assert.Equal("MariaLopez", corpus.Articles[0].Resolve(new EntityRef(EntityKind.Person, mayor.Id, mayor.Name)));
        Assert.Null(corpus.Articles[1].Resolve(new EntityRef(EntityKind.Organization, board.Id, board.Name)));
    }

    [Fact]
    public void Places_keep_the_kind_first_seen_and_resolve_by_id_name_or_alias()
    {
        var corpus = Build(
            Models.Article("/p/a.txt", "A", places: [Models.Place("Freedonia", PlaceKind.Country, ["Freedonian"])]),
            Models.Article("/p/b.txt", "B", places: [Models.Place("Freedonia", PlaceKind.Region)]));

        var place = Assert.Single(corpus.Places);
        Assert.Equal(PlaceKind.Country, place.Kind);
        Assert.Equal(["A", "B"], place.Articles);
        Assert.Equal("Freedonia", corpus.Articles[0].ResolvePlace("freedonian"));
        Assert.Equal("Freedonia", corpus.Articles[0].ResolvePlace("Freedonia"));
        Assert.Null(corpus.Articles[0].ResolvePlace("Atlantis"));
    }

    [Fact]
    public void Equal_input_gives_an_equal_corpus()
    {
        Assert.Equal(Build(Models.Rich()), Build(Models.Rich()));
        Assert.NotEqual(Build(Models.Rich()), Build(Models.Rich(id: "Other")));
    }

    /// <summary>The suffix that tells apart things wanting one name: the stable hash of the thing's own key.</summary>
    private static string Hash(string key) => NewsGen.Extraction.Text.StableHash.Of(key).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

    private static System.Collections.Generic.Dictionary<string, string> Ids(Extraction.Corpus.Corpus corpus) =>
        corpus.Articles.ToDictionary(a => a.Article.SourcePath, a => a.Id);
}
