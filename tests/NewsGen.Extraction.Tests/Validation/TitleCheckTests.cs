using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation.Checks;

namespace NewsGen.Extraction.Tests.Validation;

public class TitleCheckTests
{
    [Fact]
    public void A_first_line_that_is_a_whole_paragraph_is_not_a_title()
    {
        var lead = string.Join(" ", Enumerable.Repeat("The council met again on Monday to discuss the harbour.", 3));
        var text = lead + "\n\nSecond paragraph.\n";

        var diagnostic = Assert.Single(TitleCheck.Run(ValidationInputs.From(text, "news/lead.txt")));

        DiagnosticAssert.Is(
            diagnostic, "NG0002", ContentSeverity.Warning,
            "Article 'lead.txt' has no usable title: the first line 'The council met again on Monday to discuss the harbour. The\u2026' does not read as a headline (it has 167 characters, more than 150)",
            (0, 0), (0, 167));
    }

    [Fact]
    public void A_first_line_with_too_many_words_is_not_a_title()
    {
        var text = string.Join(" ", Enumerable.Range(1, 26).Select(_ => "go")) + "\n\nBody.\n";

        var diagnostic = Assert.Single(TitleCheck.Run(ValidationInputs.From(text)));

        Assert.EndsWith("(it has 26 words, more than 25)", diagnostic.Message);
    }

    [Fact]
    public void A_first_line_that_breaks_off_is_not_a_title()
    {
        const string text = "  LONDON (Reuters) -\n\nThe market fell.\n";

        var diagnostic = Assert.Single(TitleCheck.Run(ValidationInputs.From(text)));

        DiagnosticAssert.Is(
            diagnostic, "NG0002", ContentSeverity.Warning,
            "Article 'article.txt' has no usable title: the first line 'LONDON (Reuters) -' does not read as a headline (it ends with '-')",
            (0, 2), (0, 20));
    }

    [Theory]
    [InlineData("Council approves harbour plan")]
    [InlineData("Norwegian could make history. Again.")]
    [InlineData("Minister: \u2018We will not resign.\u2019")]
    [InlineData("What the harvest fair should really be about?")]
    [InlineData("Farm PAC cash tops $2B;")]
    public void Headlines_pass(string title) =>
        Assert.Empty(TitleCheck.Run(ValidationInputs.From(title + "\n\nBody text.\n")));
}
