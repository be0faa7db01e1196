using System.Linq;
using NewsGen.Extraction.Corrections;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Tests.Corrections;

/// <summary>Each kind of correction, from front matter and from a corpus file, with the positions it reports.</summary>
public class CorrectionTests
{
    // Front matter takes lines 0 and 1 ("---", "corrections:"); the corrections a test writes start on line 2.
    private const string Body =
        "Council backs harbour plan\n\n" +
        "Mayor Tom Berg said the council would pay for the new harbour in Bergen.\n\n" +
        "\"We will build it before the winter storms,\" Tom Berg said.\n\n" +
        "Tommy Berg, the harbour master, welcomed the plan at a meeting of the Harbour Workers Union.\n\n" +
        "\"Nobody asked the fishermen,\" said Greta Lund, who leads the union.\n\n" +
        "\"It is a fine day for the town,\" a voice called from the back of the hall.\n\n" +
        "Our harbour coverage continues tomorrow.\n";

    private static ExtractionResult Extract(string corrections, string path = "harbour.txt") =>
        ArticleExtractor.Extract(new ArticleSource(path, "---\ncorrections:\n" + corrections + "---\n" + Body, null, null), ExtractionOptions.Default);

    private static ExtractionResult ExtractWith(CorrectionSet corpus, string text = Body, string path = "harbour.txt") =>
        ArticleExtractor.Extract(new ArticleSource(path, text, null, null), ExtractionOptions.Default, corpus.Corrections);

    private static Person PersonNamed(ExtractionResult result, string name) => result.Article!.People.Single(p => p.Name == name);

    private static Quote QuoteStarting(ExtractionResult result, string start) => result.Article!.Quotes.Single(q => q.Text.StartsWith(start, System.StringComparison.Ordinal));

    private static (int Line, int Column) Start(SourceSpan span) => (span.StartLine, span.StartColumn);

    private static ContentDiagnostic Only(ExtractionResult result, string id) => Assert.Single(result.Diagnostics, d => d.Id == id);

    [Fact]
    public void The_text_without_corrections_has_what_the_tests_correct()
    {
        var article = ArticleExtractor.Extract(new ArticleSource("harbour.txt", Body, null, null), ExtractionOptions.Default).Article!;

        Assert.Equal(["Tom Berg", "Tommy Berg", "Greta Lund"], article.People.Select(p => p.Name));
        Assert.Equal(["Bergen"], article.Places.Select(p => p.Name));
        Assert.Equal("Tom Berg", QuoteStarting(new ExtractionResult("x", article, default), "We will").Speaker!.Name);
        Assert.Null(QuoteStarting(new ExtractionResult("x", article, default), "It is").Speaker);
        Assert.Equal(6, article.Sections.Sum(s => s.Paragraphs.Count));
    }

    [Fact]
    public void Suppress_removes_the_entity_and_the_quotes_it_spoke_lose_their_speaker()
    {
        var result = Extract("  suppress: [tom berg, Bergen]\n");

        Assert.DoesNotContain(result.Article!.People, p => p.Name == "Tom Berg");
        Assert.Empty(result.Article.Places);
        Assert.Null(QuoteStarting(result, "We will").Speaker);
        var applied = result.Corrections.Single(c => c.Correction.Target == "tom berg");
        Assert.Equal((CorrectionKind.Suppress, 1), (applied.Correction.Kind, applied.Changes));
        Assert.Equal(("harbour.txt", (2, 13)), (applied.Correction.Location.Path, Start(applied.Correction.Location.Span)));
    }

    [Fact]
    public void A_corpus_file_suppresses_everywhere_and_warns_in_the_file_for_what_no_article_has()
    {
        var corpus = CorrectionsReader.ReadFile("newsgen.yml", "# every article\ncorrections:\n  suppress:\n    - Bergen\n    - Narvik\n");
        var first = ExtractWith(corpus);
        var second = ExtractWith(corpus, "Ferry plan\n\nThe ferry to Bergen starts in spring.\n", "ferry.txt");

        Assert.Empty(first.Article!.Places);
        Assert.Empty(second.Article!.Places);
        Assert.Equal("newsgen.yml", Assert.Single(first.Corrections).Correction.Location.Path);
        var warning = Assert.Single(CorrectionReport.UnappliedInCorpus(corpus.Corrections, [first, second]));
        Assert.Equal(("NG3006", ContentSeverity.Warning, "newsgen.yml"), (warning.Id, warning.Severity, warning.Path));
        Assert.Equal("The correction suppress 'Narvik' matches nothing", warning.Message);
        Assert.Equal((4, 6), Start(warning.Location));
    }

    [Fact]
    public void Merge_folds_one_entity_into_the_other_with_names_roles_mentions_and_quotes()
    {
        var result = Extract("  merge:\n    Tommy Berg: Tom Berg\n");

        var person = PersonNamed(result, "Tom Berg");
        Assert.DoesNotContain(result.Article!.People, p => p.Name == "Tommy Berg");
        Assert.Contains("Tommy Berg", person.Aliases);
        Assert.Contains(person.Mentions, m => m.Text == "Tommy Berg");
        Assert.Equal(person.Mentions.OrderBy(m => m.Start), person.Mentions);
        Assert.Equal(person.Id, QuoteStarting(result, "We will").Speaker!.Id);
        Assert.Equal((3, 4), Start(Assert.Single(result.Corrections).Correction.Location.Span));
    }

    [Fact]
    public void Merge_into_a_name_the_article_does_not_have_renames_the_entity()
    {
        var result = Extract("  merge: { Greta Lund: Margareta Lund }\n");

        var person = PersonNamed(result, "Margareta Lund");
        Assert.Contains("Greta Lund", person.Aliases);
        Assert.Equal("Margareta Lund", QuoteStarting(result, "Nobody").Speaker!.Name);
    }

    [Fact]
    public void Names_set_the_canonical_name_and_keep_the_old_one_as_an_alias()
    {
        var result = Extract("  names:\n    Tom Berg: Thomas Berg\n");

        var person = PersonNamed(result, "Thomas Berg");
        Assert.Contains("Tom Berg", person.Aliases);
        Assert.Equal("Thomas Berg", QuoteStarting(result, "We will").Speaker!.Name);
    }

    [Fact]
    public void Ids_pin_the_identifier_of_the_entity_and_of_its_quotes()
    {
        var result = Extract("  ids: { Greta Lund: UnionLeader }\n");

        Assert.Equal("UnionLeader", PersonNamed(result, "Greta Lund").Id);
        Assert.Equal("UnionLeader", QuoteStarting(result, "Nobody").Speaker!.Id);
        Assert.Equal((2, 9), Start(Assert.Single(result.Corrections).Correction.Location.Span));
    }

    [Fact]
    public void An_id_another_entity_has_is_not_applied_and_reported_at_the_correction()
    {
        var taken = ArticleExtractor.Extract(new ArticleSource("harbour.txt", Body, null, null), ExtractionOptions.Default).Article!.People[0].Id;

        var result = Extract($"  ids:\n    Greta Lund: {taken}\n");

        var warning = Only(result, "NG3008");
        Assert.Equal($"The correction id 'Greta Lund' = '{taken}' was not applied: the identifier '{taken}' is already used by 'Tom Berg'", warning.Message);
        Assert.Equal((3, 4), Start(warning.Location));
        Assert.NotEqual(taken, PersonNamed(result, "Greta Lund").Id);
    }

    [Fact]
    public void An_id_that_is_not_a_csharp_identifier_is_an_error_on_the_value()
    {
        var result = Extract("  ids:\n    Greta Lund: 2nd-leader\n");

        var error = Only(result, "NG3005");
        Assert.Equal(ContentSeverity.Error, error.Severity);
        Assert.Equal("Invalid corrections: '2nd-leader' is not a valid C# identifier", error.Message);
        Assert.Equal((3, 16), Start(error.Location));
    }

    [Fact]
    public void Roles_add_one_or_several_roles_to_a_person()
    {
        var result = Extract("  roles:\n    Greta Lund: [union leader, spokeswoman]\n    Tom Berg: mayor\n");

        Assert.Contains("union leader", PersonNamed(result, "Greta Lund").Roles);
        Assert.Contains("spokeswoman", PersonNamed(result, "Greta Lund").Roles);
        Assert.Equal(1, PersonNamed(result, "Tom Berg").Roles.Count(r => string.Equals(r, "mayor", System.StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(3, result.Corrections.Count);
    }

    [Fact]
    public void Speakers_are_set_or_cleared_by_the_start_of_the_quote()
    {
        var result = Extract("  speakers:\n    \"it is a fine day\": Greta Lund\n    Nobody asked: ~\n");

        Assert.Equal("Greta Lund", QuoteStarting(result, "It is").Speaker!.Name);
        Assert.Null(QuoteStarting(result, "Nobody").Speaker);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NG1003");
        Assert.Equal([(3, 4), (4, 4)], result.Corrections.Select(c => Start(c.Correction.Location.Span)));
    }

    [Fact]
    public void A_speaker_the_article_does_not_name_is_reported_and_the_quote_is_unchanged()
    {
        var result = Extract("  speakers:\n    We will build: Ann Vik\n");

        var warning = Only(result, "NG3008");
        Assert.Equal("The correction speaker 'We will build' = 'Ann Vik' was not applied: 'Ann Vik' is not a person or organization of the article", warning.Message);
        Assert.Equal((3, 4), Start(warning.Location));
        Assert.Equal("Tom Berg", QuoteStarting(result, "We will").Speaker!.Name);
    }

    [Fact]
    public void Boilerplate_drops_the_paragraphs_that_start_with_the_text_and_renumbers_the_rest()
    {
        var result = Extract("  boilerplate: [our harbour coverage]\n");

        var paragraphs = result.Article!.Sections.SelectMany(s => s.Paragraphs).ToList();
        Assert.Equal(5, paragraphs.Count);
        Assert.Equal([0, 1, 2, 3, 4], paragraphs.Select(p => p.Index));
        Assert.DoesNotContain(paragraphs, p => p.Text.StartsWith("Our harbour", System.StringComparison.Ordinal));
        Assert.Equal((2, 16), Start(Assert.Single(result.Corrections).Correction.Location.Span));
    }

    [Fact]
    public void A_correction_that_matches_nothing_in_its_article_is_a_warning_at_the_correction()
    {
        var result = Extract("  names:\n    Ola Dahl: Ola Dahlberg\n");

        var warning = Only(result, "NG3006");
        Assert.Equal("The correction name 'Ola Dahl' = 'Ola Dahlberg' matches nothing", warning.Message);
        Assert.Equal((3, 4), Start(warning.Location));
        Assert.Empty(result.Corrections);
    }

    [Fact]
    public void A_correction_that_contradicts_an_earlier_one_is_ignored_and_points_at_both()
    {
        var result = Extract("  names:\n    Tom Berg: Thomas Berg\n  suppress: [Tom Berg]\n");

        var warning = Only(result, "NG3007");
        Assert.Equal("The correction suppress 'Tom Berg' contradicts the earlier name 'Tom Berg' = 'Thomas Berg' and is ignored", warning.Message);
        Assert.Equal((4, 13), Start(warning.Location));
        Assert.Equal((3, 4), Start(Assert.Single(warning.AdditionalLocations).Span));
        Assert.Equal("Thomas Berg", PersonNamed(result, "Thomas Berg").Name);
    }

    [Fact]
    public void Unknown_kinds_and_wrong_shapes_are_errors_where_they_are_written()
    {
        var result = Extract("  rename: { a: b }\n  suppress: { a: b }\n  names: [a]\n  roles: { Tom Berg: [[a]] }\n");

        var errors = result.Diagnostics.Where(d => d.Id == "NG3005").ToList();
        Assert.Equal([(2, 2), (3, 12), (4, 9), (5, 22)], errors.Select(e => Start(e.Location)));
        Assert.Equal("Invalid corrections: each role must be a single text", errors[3].Message);
        Assert.StartsWith("Invalid corrections: unknown kind of correction 'rename'; expected one of suppress, merge,", errors[0].Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NG3001");
    }

    [Fact]
    public void A_corrections_file_that_is_not_valid_yaml_is_a_located_error()
    {
        var set = CorrectionsReader.ReadFile("newsgen.yml", "corrections:\n  suppress: [Bergen\nother: 1\n");

        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(("NG3005", "newsgen.yml"), (error.Id, error.Path));
        Assert.Equal((1, 12), Start(error.Location));
    }

    [Fact]
    public void A_corrections_file_with_another_top_level_key_reports_it()
    {
        var set = CorrectionsReader.ReadFile("newsgen.yml", "correction:\n  suppress: [Bergen]\n");

        Assert.Equal("Invalid corrections: unknown key 'correction'; expected 'corrections'", Assert.Single(set.Diagnostics).Message);
        Assert.Empty(set.Corrections);
    }

    [Fact]
    public void Article_corrections_apply_after_the_corpus_ones()
    {
        var corpus = CorrectionsReader.ReadFile("newsgen.yml", "corrections:\n  names: { Tom Berg: Thomas Berg }\n");
        var text = "---\ncorrections:\n  names: { Thomas Berg: Tom B. Berg }\n---\n" + Body;

        var result = ExtractWith(corpus, text);

        Assert.Contains(result.Article!.People, p => p.Name == "Tom B. Berg");
        Assert.Equal(2, result.Corrections.Count);
    }
}
