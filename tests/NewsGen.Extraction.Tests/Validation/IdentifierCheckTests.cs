using System.Linq;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Tests.Validation;

public class IdentifierCheckTests
{
    private const string Body = "Ferry crews meet in Tromvik\n\nThe ferry crews met on the quay in Tromvik to talk about the winter timetable.\n";

    private static ExtractionResult Extract(string text, string? name = null) =>
        ArticleExtractor.Extract(new ArticleSource("notes/x1.txt", text, name, null), ExtractionOptions.Default);

    [Theory]
    [InlineData("class", "it is a C# keyword", "Class")]
    [InlineData("null", "it is a C# keyword", "Null")]
    [InlineData("__arglist", "it is a C# keyword", "Arglist")]
    [InlineData("harbor talks", "it has characters a C# name cannot have", "HarborTalks")]
    [InlineData("Ferry\u202ECrews", "it has invisible format characters", "FerryCrews")]
    public void An_explicit_id_that_cannot_be_kept_is_reported_on_the_id_value_with_what_it_became(string id, string reason, string becomes)
    {
        var result = Extract("---\nid: " + id + "\n---\n" + Body);

        Assert.Equal(becomes, result.Article!.Id);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "NG2003");
        DiagnosticAssert.Is(
            diagnostic, "NG2003", ContentSeverity.Warning,
            $"The id '{id}' cannot be a C# name as written ({reason}); the article is generated as '{becomes}'", (1, 4), (1, 4 + id.Length));
    }

    [Fact]
    public void A_quoted_id_is_judged_without_its_quotes()
    {
        var result = Extract("---\nid: \"@namespace\"\n---\n" + Body);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "NG2003");
        Assert.Equal("The id '@namespace' cannot be a C# name as written (it starts with '@'); the article is generated as 'Namespace'", diagnostic.Message);
    }

    [Fact]
    public void An_explicit_id_from_item_metadata_is_reported_at_the_file_start()
    {
        var result = Extract(Body, "class");

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "NG2003");
        Assert.Equal((0, 0), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void A_plain_explicit_id_is_kept_without_a_diagnostic()
    {
        var result = Extract("---\nid: ferry_crews\n---\n" + Body);

        Assert.Equal("ferry_crews", result.Article!.Id);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "NG2003" or "NG2004");
    }

    [Fact]
    public void A_ten_kilobyte_id_is_shortened_and_reported_on_the_id_value()
    {
        var id = new string('q', 10_240);

        var result = Extract("---\nid: " + id + "\n---\n" + Body);

        Assert.Equal(CSharpIdentifier.MaxLength, result.Article!.Id.Length);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "NG2004");
        Assert.Equal(ContentSeverity.Info, diagnostic.Severity);
        Assert.Equal((1, 4, 1, 4 + id.Length), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn, diagnostic.Location.EndLine, diagnostic.Location.EndColumn));
        Assert.EndsWith("it is generated as '" + result.Article.Id + "'", diagnostic.Message);
    }

    [Fact]
    public void A_long_capitalized_run_gives_a_shortened_entity_reported_at_its_mention()
    {
        var run = string.Join(" ", Enumerable.Range(0, 60).Select(i => "Mirelle" + (char)('a' + (i % 26)) + "son"));
        var text = "Ferry crews meet in Tromvik\n\nThe ferry crews thanked " + run + " on the quay.\n";

        var result = Extract(text);

        var entities = result.Article!.People.Select(p => (p.Id, p.Mentions)).Concat(result.Article.Organizations.Select(o => (o.Id, o.Mentions)))
            .Concat(result.Article.Places.Select(p => (p.Id, p.Mentions))).ToList();
        Assert.All(entities, e => Assert.True(e.Id.Length <= CSharpIdentifier.MaxLength + 3, e.Id));
        var shortened = entities.Where(e => CSharpIdentifier.IsShortened(e.Id)).ToList();
        Assert.NotEmpty(shortened);
        var diagnostics = result.Diagnostics.Where(d => d.Id == "NG2004").ToList();
        Assert.Equal(shortened.Count, diagnostics.Count);
        Assert.Equal(shortened.Select(e => e.Mentions[0].Start), diagnostics.Select(d => d.Location.Start));
    }

    [Fact]
    public void A_long_title_gives_a_bounded_article_id()
    {
        var title = string.Join(" ", Enumerable.Range(0, 40).Select(i => "harbour" + (char)('a' + (i % 26)) + "vote"));

        var result = Extract(title + "\n\nThe vote was held on the quay.\n");

        Assert.True(result.Article!.Id.Length <= CSharpIdentifier.MaxLength);
    }
}
