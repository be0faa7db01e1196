using System.IO;
using System.Linq;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Validation;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Validation;

public class ArticleValidatorTests
{
    private const string Clean =
        "---\n" +
        "published: 2018-11-30\n" +
        "source: Gazette\n" +
        "---\n" +
        "Council approves harbour plan\n" +
        "\n" +
        "Mayor Anna Halvorsen opened the harbour on Wednesday (28 November 2018).\n" +
        "\n" +
        "\u201cIt is a good day,\u201d Halvorsen said.\n";

    [Fact]
    public void A_clean_article_has_no_diagnostics()
    {
        var person = ValidationInputs.Person(Clean, "Anna Halvorsen", "Anna Halvorsen", "Halvorsen");
        var quoteStart = ValidationInputs.OffsetOf(Clean, "\u201cIt");
        var quote = new Quote("It is a good day,", new EntityRef(EntityKind.Person, "p1", "Anna Halvorsen"), 1, false, quoteStart, 19);
        var date = new CalendarDate(2018, 11, 28);
        var mention = new DateMention("Wednesday (28 November 2018)", date, 0, ValidationInputs.OffsetOf(Clean, "Wednesday"), 28);
        var newsEvent = new NewsEvent("e1", date, null, EquatableArray<EntityRef>.Empty, "Halvorsen opened the harbour", 0);

        var input = ValidationInputs.From(
            Clean,
            people: [person],
            quotes: new QuoteResult([quote], []),
            dates: new DateResolution([mention], new CalendarDate(2018, 11, 30), []),
            events: [newsEvent],
            published: new CalendarDate(2018, 11, 30));

        Assert.Empty(ArticleValidator.Validate(input));
    }

    [Fact]
    public void Diagnostics_of_all_checks_come_in_document_order()
    {
        const string text = "---\nfoo: 1\npublished: soon\n---\nA dateline, \n\nBody.\n";

        var diagnostics = ArticleValidator.Validate(ValidationInputs.From(text));

        Assert.Equal(["NG3001", "NG3002", "NG0002"], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void Real_extraction_reports_front_matter_problems_and_still_yields_the_article()
    {
        const string text = "---\npublshed: 2018-11-29\n---\nCouncil vote\n\nThe council voted.\n";

        var result = ArticleExtractor.Extract(new ArticleSource("vote.txt", text, null, null), ExtractionOptions.Default);

        Assert.NotNull(result.Article);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NG3001", diagnostic.Id);
        Assert.Equal((1, 0), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void Real_extraction_skips_invalid_utf8_with_NG4001()
    {
        var result = ArticleExtractor.Extract(new ArticleSource("latin1.txt", "Caf\u00e9 news\n\nBody.\n", null, null, IsValidUtf8: false), ExtractionOptions.Default);

        Assert.Null(result.Article);
        Assert.Equal("NG4001", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void A_failure_inside_extraction_becomes_NG9001_naming_the_file()
    {
        var result = ArticleExtractor.Extract(new ArticleSource("dir/broken.txt", null!, null, null), ExtractionOptions.Default);

        Assert.Null(result.Article);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("NG9001", diagnostic.Id);
        Assert.Equal(ContentSeverity.Warning, diagnostic.Severity);
        Assert.StartsWith("NewsGen failed on 'broken.txt' and skipped it: ", diagnostic.Message);
    }

    [Fact]
    public void Seed_reports_the_surname_spelled_two_ways_at_the_caption_and_nothing_else_above_info()
    {
        var source = new ArticleSource(RepoPaths.SeedFile, File.ReadAllText(RepoPaths.SeedFile), null, null);

        var result = ArticleExtractor.Extract(source, ExtractionOptions.Default);

        var serious = result.Diagnostics.Where(d => d.Severity != ContentSeverity.Info).ToList();
        var diagnostic = Assert.Single(serious);
        DiagnosticAssert.Is(
            diagnostic, "NG1001", ContentSeverity.Warning,
            "The name 'Scaparrotti' is also spelled 'Scaparotti'; check which spelling is right",
            (2, 27), (2, 38));
        Assert.Equal([6, 8, 10, 20], diagnostic.AdditionalLocations.Select(l => l.Span.StartLine));
    }
}
