using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Validation.Checks;

namespace NewsGen.Extraction.Tests.Validation;

public class QuoteChecksTests
{
    private const string Text =
        "Council vote\n" +
        "\n" +
        "The mayor said \u201cwe will build it and the harbour will be ready by spring.\n" +
        "\n" +
        "\u201cIt is a good day,\u201d a voice called from the back.\n";

    [Fact]
    public void An_unclosed_quotation_mark_is_reported_at_the_mark()
    {
        var mark = ValidationInputs.OffsetOf(Text, "\u201cwe");
        var input = ValidationInputs.From(Text, quotes: new QuoteResult([], [mark]));

        var diagnostic = Assert.Single(UnbalancedQuoteCheck.Run(input));

        DiagnosticAssert.Is(
            diagnostic, "NG1002", ContentSeverity.Warning,
            "Quotation mark opened at '\u201cwe will build it and the\u2026' is never closed",
            (2, 15), (2, 16));
    }

    [Fact]
    public void The_excerpt_of_an_unclosed_mark_ends_with_its_line()
    {
        const string text = "Ferry news\n\nThe captain said \u201cwe sail soon\nand the crew agreed with every word of it.\n";
        var input = ValidationInputs.From(text, quotes: new QuoteResult([], [ValidationInputs.OffsetOf(text, "\u201cwe")]));

        var diagnostic = Assert.Single(UnbalancedQuoteCheck.Run(input));

        Assert.Contains("'\u201cwe sail soon'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_without_a_speaker_is_reported_on_the_quote()
    {
        var start = ValidationInputs.OffsetOf(Text, "\u201cIt is");
        var quote = new Quote("It is a good day,", null, 1, false, start, "\u201cIt is a good day,\u201d".Length);
        var input = ValidationInputs.From(Text, quotes: new QuoteResult([quote], []));

        var diagnostic = Assert.Single(UnattributedQuoteCheck.Run(input));

        DiagnosticAssert.Is(
            diagnostic, "NG1003", ContentSeverity.Info,
            "No speaker found for the quote 'It is a good day,'",
            (4, 0), (4, 19));
    }

    [Fact]
    public void A_quote_with_a_speaker_is_not_reported()
    {
        var start = ValidationInputs.OffsetOf(Text, "\u201cIt is");
        var speaker = new EntityRef(EntityKind.Person, "p1", "Ann Lee");
        var input = ValidationInputs.From(Text, quotes: new QuoteResult([new Quote("It is a good day,", speaker, 1, false, start, 19)], []));

        Assert.Empty(UnattributedQuoteCheck.Run(input));
    }
}
