using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;

namespace NewsGen.Extraction.Tests.Validation;

public class FileScreeningTests
{
    [Fact]
    public void Invalid_utf8_is_rejected()
    {
        var diagnostic = FileScreening.Screen(new ArticleSource("dir/latin1.txt", "Caf\u00e9", null, null, IsValidUtf8: false), ExtractionOptions.Default);

        DiagnosticAssert.Is(diagnostic!, "NG4001", ContentSeverity.Error, "'latin1.txt' is not valid UTF-8 text; the article is skipped", (0, 0), (0, 0));
        Assert.Equal("dir/latin1.txt", diagnostic!.Path);
    }

    [Fact]
    public void A_nul_character_marks_a_binary_file_even_when_it_is_also_invalid_utf8()
    {
        var diagnostic = FileScreening.Screen(new ArticleSource("image.txt", "PNG\0\u0001", null, null, IsValidUtf8: false), ExtractionOptions.Default);

        DiagnosticAssert.Is(diagnostic!, "NG4002", ContentSeverity.Error, "'image.txt' looks like a binary file; the article is skipped", (0, 0), (0, 0));
    }

    [Fact]
    public void A_file_over_the_limit_is_rejected_with_its_size_and_the_limit()
    {
        var options = ExtractionOptions.Default with { MaxFileSize = 10 };

        var diagnostic = FileScreening.Screen(new ArticleSource("big.txt", "Eleven char", null, null), options);

        DiagnosticAssert.Is(
            diagnostic!, "NG4003", ContentSeverity.Error,
            "'big.txt' has 11 characters, more than the limit of 10 (NewsGenMaxFileSize); the article is skipped", (0, 0), (0, 0));
    }

    [Fact]
    public void A_whitespace_only_file_is_empty()
    {
        var diagnostic = FileScreening.Screen(new ArticleSource("blank.txt", " \r\n\t\n", null, null), ExtractionOptions.Default);

        DiagnosticAssert.Is(diagnostic!, "NG0001", ContentSeverity.Error, "Article 'blank.txt' is empty", (0, 0), (0, 0));
    }

    [Fact]
    public void Ordinary_text_passes() =>
        Assert.Null(FileScreening.Screen(new ArticleSource("ok.txt", "Title\n\nBody.\n", null, null), ExtractionOptions.Default));
}
