using NewsGen.Extraction;
using NewsGen.Extraction.Corrections;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Pipeline;

namespace NewsGen.Generator.Tests.Pipeline;

/// <summary>The generator and the analyzer share one extraction per article text, and only when nothing differs.</summary>
public class SharedExtractionTests
{
    private const string Article = "Harbor talks resume\n\nMaria Lopez, the mayor, said: \"We will reopen the port.\"\n\nRead more at example.com\n";

    [Fact]
    public void The_same_text_and_options_are_extracted_once()
    {
        var source = new ArticleSource("/p/a.txt", Copy(Article), null, null);

        var first = SharedExtraction.Extract(source, ExtractionOptions.Default);
        var second = SharedExtraction.Extract(source with { }, ExtractionOptions.Default with { });

        Assert.Same(first, second);
    }

    [Fact]
    public void A_result_equals_a_fresh_extraction()
    {
        var source = new ArticleSource("/p/a.txt", Copy(Article), null, null);

        Assert.Equal(ArticleExtractor.Extract(source, ExtractionOptions.Default), SharedExtraction.Extract(source, ExtractionOptions.Default));
    }

    [Fact]
    public void Other_options_are_extracted_again_with_those_options()
    {
        var source = new ArticleSource("/p/a.txt", Copy(Article), null, null);
        var withoutFooter = ExtractionOptions.Default with { BoilerplatePatterns = new[] { "Read more at .*" }.ToEquatableArray() };

        var plain = SharedExtraction.Extract(source, ExtractionOptions.Default);
        var filtered = SharedExtraction.Extract(source, withoutFooter);

        Assert.NotSame(plain, filtered);
        Assert.Equal(ArticleExtractor.Extract(source, withoutFooter), filtered);
        Assert.Equal(ArticleExtractor.Extract(source, ExtractionOptions.Default), SharedExtraction.Extract(source, ExtractionOptions.Default));
    }

    [Fact]
    public void Other_corpus_wide_corrections_are_extracted_again_with_those_corrections()
    {
        var source = new ArticleSource("/p/a.txt", Copy(Article), null, null);
        var corrections = CorrectionsReader.ReadFile("/p/newsgen.yml", "corrections:\n  suppress: [Maria Lopez]\n").Corrections;

        var plain = SharedExtraction.Extract(source, ExtractionOptions.Default);
        var corrected = SharedExtraction.Extract(source, ExtractionOptions.Default, corrections);

        Assert.Contains(plain.Article!.People, p => p.Name == "Maria Lopez");
        Assert.DoesNotContain(corrected.Article!.People, p => p.Name == "Maria Lopez");
        Assert.Same(corrected, SharedExtraction.Extract(source, ExtractionOptions.Default, corrections));
        Assert.Equal(plain, SharedExtraction.Extract(source, ExtractionOptions.Default));
    }

    [Fact]
    public void The_same_text_with_other_metadata_is_extracted_again()
    {
        var text = Copy(Article);
        var plain = SharedExtraction.Extract(new ArticleSource("/p/a.txt", text, null, null), ExtractionOptions.Default);
        var named = SharedExtraction.Extract(new ArticleSource("/p/a.txt", text, "HarborTalks", "2024-03-15"), ExtractionOptions.Default);

        Assert.Equal("HarborTalks", named.Article!.Id);
        Assert.Equal(new CalendarDate(2024, 3, 15), named.Article.Published);
        Assert.NotEqual(plain, named);
    }

    [Fact]
    public void Equal_text_in_another_string_is_extracted_again_to_an_equal_result()
    {
        var first = SharedExtraction.Extract(new ArticleSource("/p/a.txt", Copy(Article), null, null), ExtractionOptions.Default);
        var second = SharedExtraction.Extract(new ArticleSource("/p/a.txt", Copy(Article), null, null), ExtractionOptions.Default);

        Assert.NotSame(first, second);
        Assert.Equal(first, second);
    }

    /// <summary>A string instance of its own: the cache is keyed by instance, as the compiler hands out one per file.</summary>
    private static string Copy(string text) => new(text.ToCharArray());
}
