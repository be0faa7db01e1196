using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Metadata;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Tests.Validation;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Metadata;

public class MetadataBinderTests
{
    private static readonly MetadataSchema Schema = new(
        "global::Blog.Meta",
        "Meta",
        IsPublic: true,
        new[]
        {
            Field("Tags", MetadataKind.String, list: true, mustBeGiven: true),
            Field("Draft", MetadataKind.Bool),
            Field("Priority", MetadataKind.Int),
            Field("Views", MetadataKind.Long),
            Field("Score", MetadataKind.Double),
            Field("Price", MetadataKind.Decimal),
            Field("Embargo", MetadataKind.DateOnly, nullable: true),
            Field("Updated", MetadataKind.DateTimeOffset),
            Field("CanonicalUrl", MetadataKind.Uri, nullable: true),
            Field("Desk", MetadataKind.Enum, nullable: true, members: ["World", "CultureAndArts"]),
            Field("Ratings", MetadataKind.Int, list: true),
            Field("Summary", MetadataKind.String, nullable: true, mustBeGiven: true),
            Field("Extra", MetadataKind.Unsupported, mustBeGiven: true),
        }.ToEquatableArray());

    [Fact]
    public void Every_supported_type_is_read_from_any_key_spelling()
    {
        var bound = Bind(
            "tags:\n  - harbour\n  - 'council'\nDRAFT: TRUE\npriority: -12\nviews: 9000000000\nscore: 2.5e3\nprice: 10.50\n" +
            "embargo: 2024-02-29\nupdated: 2024-05-01T09:30:00.25Z\ncanonical-url: https://example.com/a?b=1\ndesk: culture_and_arts\nratings: [1, 2]\nsummary: ~\n");

        Assert.Empty(bound.Diagnostics);
        var values = bound.Values.ToDictionary(v => v.Field.Name, v => v.Value);
        Assert.Equal(new object[] { "harbour", "council" }, (IEnumerable<object?>)values["Tags"]!);
        Assert.Equal(true, values["Draft"]);
        Assert.Equal(-12, values["Priority"]);
        Assert.Equal(9_000_000_000L, values["Views"]);
        Assert.Equal(2500d, values["Score"]);
        Assert.Equal(10.50m, values["Price"]);
        Assert.Equal(new CalendarDate(2024, 2, 29), values["Embargo"]);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 9, 30, 0, 250, TimeSpan.Zero), values["Updated"]);
        Assert.Equal("https://example.com/a?b=1", values["CanonicalUrl"]);
        Assert.Equal("CultureAndArts", values["Desk"]);
        Assert.Equal(new object[] { 1, 2 }, (IEnumerable<object?>)values["Ratings"]!);
        Assert.Null(values["Summary"]);
    }

    [Theory]
    [InlineData("2024-05-01T09:30:00+02:00", 2)]
    [InlineData("2024-05-01 09:30:00", 0)]
    [InlineData("2024-05-01 09:30", 0)]
    [InlineData("2024-05-01", 0)]
    public void A_date_and_time_takes_an_offset_and_is_utc_without_one(string written, int offsetHours)
    {
        var bound = Bind("tags: []\nupdated: " + written + "\n");

        Assert.Empty(bound.Diagnostics);
        Assert.Equal(TimeSpan.FromHours(offsetHours), ((DateTimeOffset)bound.Values.Single(v => v.Field.Name == "Updated").Value!).Offset);
    }

    [Fact]
    public void Wrong_types_are_reported_on_the_value_and_left_out()
    {
        var bound = Bind("tags: 3\ndraft: maybe\npriority: high\nviews: '12'\nscore: .nan\nratings: [1, two]\nembargo: [2024-01-01]\n");

        Assert.Empty(bound.Values);
        var d = bound.Diagnostics;
        DiagnosticAssert.Is(d[0], "NG3102", ContentSeverity.Error, "'tags' expects a list of text, not '3'", (1, 6), (1, 7));
        DiagnosticAssert.Is(d[1], "NG3102", ContentSeverity.Error, "'draft' expects true or false, not 'maybe'", (2, 7), (2, 12));
        DiagnosticAssert.Is(d[2], "NG3102", ContentSeverity.Error, "'priority' expects a whole number, not 'high'", (3, 10), (3, 14));
        DiagnosticAssert.Is(d[3], "NG3102", ContentSeverity.Error, "'views' expects a whole number, not '12'", (4, 7), (4, 11));
        DiagnosticAssert.Is(d[4], "NG3102", ContentSeverity.Error, "'score' expects a number, not '.nan'", (5, 7), (5, 11));
        DiagnosticAssert.Is(d[5], "NG3102", ContentSeverity.Error, "'ratings' expects a list of whole numbers, not 'two'", (6, 13), (6, 16));
        DiagnosticAssert.Is(d[6], "NG3102", ContentSeverity.Error, "'embargo' expects a date written YYYY-MM-DD, not a list", (7, 9), (7, 21));
        Assert.Equal(7, d.Count);
    }

    [Fact]
    public void Null_is_accepted_only_where_the_type_is_nullable()
    {
        var bound = Bind("tags:\ndesk: null\nsummary:\n");

        var diagnostic = Assert.Single(bound.Diagnostics);
        DiagnosticAssert.Is(diagnostic, "NG3102", ContentSeverity.Error, "'tags' expects a list of text, not nothing", (1, 5), (1, 5));
        Assert.Equal(["Desk", "Summary"], bound.Values.Select(v => v.Field.Name));
    }

    [Fact]
    public void Bad_enum_members_dates_and_urls_are_reported_on_the_value()
    {
        var bound = Bind("tags: []\ndesk: sport\nembargo: 2023-02-29\ncanonical_url: /relative/path\nupdated: tomorrow\n");

        var d = bound.Diagnostics;
        DiagnosticAssert.Is(d[0], "NG3104", ContentSeverity.Error, "'sport' given for 'desk' is not a member of Meta; allowed: World, CultureAndArts", (2, 6), (2, 11));
        DiagnosticAssert.Is(d[1], "NG3105", ContentSeverity.Error, "'2023-02-29' given for 'embargo' is not a date written YYYY-MM-DD", (3, 9), (3, 19));
        DiagnosticAssert.Is(d[2], "NG3105", ContentSeverity.Error, "'/relative/path' given for 'canonical_url' is not an absolute URL such as https://example.com/page", (4, 15), (4, 29));
        DiagnosticAssert.Is(d[3], "NG3105", ContentSeverity.Error, "'tomorrow' given for 'updated' is not a date and time written YYYY-MM-DDTHH:MM:SS+HH:MM", (5, 9), (5, 17));
        Assert.Equal(4, d.Count);
    }

    [Fact]
    public void Unknown_duplicate_and_missing_keys_are_located_and_built_in_keys_are_accepted()
    {
        const string text = "Title line\n";
        var bound = Bind("id: Vote\npublished: 2024-01-01\nsource: Wire\nauthor: Someone\ncorrections: {}\ntagz: [a]\nsummary: one\nSUMMARY: two\nextra: ignored\n", text);

        var d = bound.Diagnostics;
        DiagnosticAssert.Is(d[0], "NG3103", ContentSeverity.Error, "The front matter has no 'tags', which Meta requires", (0, 0), (0, 3));
        DiagnosticAssert.Is(d[1], "NG3101", ContentSeverity.Error, "Unknown front-matter key 'tagz'; expected one of tags, draft, priority, views, score, price, embargo, updated, canonical_url, desk, ratings, summary, id, published, source, author, corrections", (6, 0), (6, 4));
        DiagnosticAssert.Is(d[2], "NG3106", ContentSeverity.Warning, "'SUMMARY' is given more than once; the last value counts", (8, 0), (8, 7));
        Assert.Equal(7, d[2].AdditionalLocations.Single().Span.StartLine);
        Assert.Equal(3, d.Count);
        Assert.Equal("two", bound.Values.Single(v => v.Field.Name == "Summary").Value);
    }

    [Fact]
    public void A_missing_key_without_front_matter_is_reported_on_the_headline()
    {
        var document = SourceDocument.Create("/p/a.txt", "\n\n  Harbour vote passes\n\nBody.\n");

        var location = MetadataBinder.MissingKeyLocation(document);

        Assert.Equal((2, 0, 2, 21), (location.StartLine, location.StartColumn, location.EndLine, location.EndColumn));
    }

    [Fact]
    public void Keys_compare_in_any_case_and_in_snake_and_kebab_case()
    {
        Assert.Equal("canonicalurl", MetadataKeys.Normalize("Canonical-URL"));
        Assert.Equal("canonical_url", MetadataKeys.SnakeCase("CanonicalUrl"));
        Assert.Equal("seo_title", MetadataKeys.SnakeCase("SEOTitle"));
        Assert.Same(Schema.Fields[8], Schema.Find("canonical_url"));
        Assert.Null(Schema.Find("canonical.url"));
    }

    [Fact]
    public void The_schema_is_the_first_usable_type_by_name()
    {
        var b = Schema with { TypeName = "global::B", IsPublic = false };
        var c = Schema with { TypeName = "global::C" };

        Assert.Same(b, MetadataSchema.Choose([c, null, b], publicApi: false));
        Assert.Same(c, MetadataSchema.Choose([c, null, b], publicApi: true));
        Assert.Null(MetadataSchema.Choose([null], publicApi: false));
    }

    private static BoundMetadata Bind(string yaml, string body = "Title\n\nBody.\n")
    {
        var document = SourceDocument.Create("/p/a.txt", "---\n" + yaml + "---\n" + body);
        var frontMatter = FrontMatterReader.Read(document);
        Assert.Null(frontMatter.Error);
        return MetadataBinder.Bind(document.Path, frontMatter.Entries, MetadataBinder.MissingKeyLocation(document), Schema);
    }

    private static MetadataField Field(string name, MetadataKind kind, bool list = false, bool nullable = false, bool mustBeGiven = false, string[]? members = null) =>
        new(name, kind, list, nullable, mustBeGiven, MetadataTarget.Property, kind == MetadataKind.Enum ? "global::Blog.Meta" : "string", (members ?? []).ToEquatableArray());
}
