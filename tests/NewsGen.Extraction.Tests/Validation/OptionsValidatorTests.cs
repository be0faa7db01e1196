using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;

namespace NewsGen.Extraction.Tests.Validation;

public class OptionsValidatorTests
{
    [Fact]
    public void An_invalid_boilerplate_pattern_is_reported_without_a_file()
    {
        var options = ExtractionOptions.Default with { BoilerplatePatterns = new[] { "^Subscribe", "(unclosed" }.ToEquatableArray() };

        var diagnostic = Assert.Single(OptionsValidator.Validate(options));

        Assert.Equal("NG3003", diagnostic.Id);
        Assert.Equal(ContentSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("The NewsGenBoilerplatePatterns entry '(unclosed' is not a valid regular expression and is ignored: ", diagnostic.Message);
        Assert.Equal(string.Empty, diagnostic.Path);
    }

    [Fact]
    public void Valid_patterns_are_not_reported() =>
        Assert.Empty(OptionsValidator.Validate(ExtractionOptions.Default with { BoilerplatePatterns = new[] { @"^Follow us\b" }.ToEquatableArray() }));
}
