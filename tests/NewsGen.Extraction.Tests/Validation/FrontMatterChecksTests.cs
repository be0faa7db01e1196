using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation.Checks;

namespace NewsGen.Extraction.Tests.Validation;

public class FrontMatterChecksTests
{
    private const string Text =
        "---\n" +
        "id: HarbourVote\n" +
        "publshed: 2018-11-29\n" +
        "published: 29/11/2018\n" +
        "---\n" +
        "Council vote\n" +
        "\n" +
        "The council voted.\n";

    [Fact]
    public void An_unknown_key_is_reported_on_the_key()
    {
        var diagnostic = Assert.Single(UnknownFrontMatterKeyCheck.Run(ValidationInputs.From(Text)));

        DiagnosticAssert.Is(
            diagnostic, "NG3001", ContentSeverity.Error,
            "Unknown front-matter key 'publshed'; expected one of id, published, source, author, corrections",
            (2, 0), (2, 8));
    }

    [Fact]
    public void A_published_value_that_is_not_a_date_is_reported_on_the_value()
    {
        var diagnostic = Assert.Single(FrontMatterDateCheck.Run(ValidationInputs.From(Text)));

        DiagnosticAssert.Is(
            diagnostic, "NG3002", ContentSeverity.Error,
            "'29/11/2018' is not a date; write it as YYYY-MM-DD",
            (3, 11), (3, 21));
    }

    [Fact]
    public void An_impossible_calendar_day_is_not_a_date()
    {
        const string text = "---\npublished: 2018-02-30\n---\nTitle\n";

        var diagnostic = Assert.Single(FrontMatterDateCheck.Run(ValidationInputs.From(text)));

        Assert.Equal("'2018-02-30' is not a date; write it as YYYY-MM-DD", diagnostic.Message);
    }

    [Fact]
    public void Valid_front_matter_is_not_reported()
    {
        const string text = "---\nid: Vote\npublished: 2018-11-29\nsource: Gazette\nauthor: Ann Lee\n---\nTitle\n";
        var input = ValidationInputs.From(text);

        Assert.Empty(UnknownFrontMatterKeyCheck.Run(input));
        Assert.Empty(FrontMatterDateCheck.Run(input));
    }

    [Fact]
    public void Front_matter_without_a_body_is_an_empty_article_reported_after_the_block()
    {
        const string text = "---\nid: Vote\n---\n\n";

        var diagnostic = Assert.Single(EmptyBodyCheck.Run(ValidationInputs.From(text, "vote.txt")));

        DiagnosticAssert.Is(diagnostic, "NG0001", ContentSeverity.Error, "Article 'vote.txt' is empty", (3, 0), (3, 0));
    }

    [Fact]
    public void Invalid_yaml_is_reported_where_the_parser_stopped()
    {
        const string text = "---\nid: Vote\nsource: [Gazette\n---\nTitle\n";

        var diagnostic = Assert.Single(InvalidFrontMatterCheck.Run(ValidationInputs.From(text)));

        Assert.Equal("NG3004", diagnostic.Id);
        Assert.Equal(ContentSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("Invalid front matter: While parsing a flow sequence", diagnostic.Message);
        Assert.Equal((3, 0), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void A_list_for_a_key_that_takes_one_value_is_reported_on_the_list()
    {
        const string text = "---\nauthor: [Ann Lee, Bo Chen]\ntags: [a, b]\n---\nTitle\n";

        var diagnostic = Assert.Single(InvalidFrontMatterCheck.Run(ValidationInputs.From(text)));

        DiagnosticAssert.Is(
            diagnostic, "NG3004", ContentSeverity.Error, "Invalid front matter: 'author' takes a single value, not a list", (1, 8), (1, 26));
    }
}
