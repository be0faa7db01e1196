using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Extraction.Validation.Corpus;

namespace NewsGen.Extraction.Tests.Validation;

public class CrossArticleNameVariantCheckTests
{
    private const string First = "Port deal signed\n\nAnna Halvorsen signed the deal. Halvorsen was pleased.\n";
    private const string Second = "Port deal criticised\n\nCritics of Anna Halvorssen gathered outside.\n";

    [Fact]
    public void A_surname_spelled_differently_in_two_articles_is_reported_in_the_file_with_the_rarer_spelling()
    {
        var entries = new[]
        {
            Entry("a.txt", First, "Anna Halvorsen", "Anna Halvorsen", "Halvorsen"),
            Entry("b.txt", Second, "Anna Halvorssen", "Anna Halvorssen"),
        };

        var diagnostic = Assert.Single(CorpusValidator.Validate(entries));

        Assert.Equal("NG1004", diagnostic.Id);
        Assert.Equal(ContentSeverity.Warning, diagnostic.Severity);
        Assert.Equal("The name 'Halvorssen' is spelled 'Halvorsen' in another article; check which spelling is right", diagnostic.Message);
        Assert.Equal("b.txt", diagnostic.Path);
        Assert.Equal((2, 16), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal(
            [("a.txt", 2, 5), ("a.txt", 2, 32)],
            diagnostic.AdditionalLocations.Select(l => (l.Path, l.Span.StartLine, l.Span.StartColumn)));
    }

    [Fact]
    public void Different_given_names_are_different_people()
    {
        var entries = new[]
        {
            Entry("a.txt", First, "Anna Halvorsen", "Anna Halvorsen", "Halvorsen"),
            Entry("b.txt", Second.Replace("Anna", "Erik"), "Erik Halvorssen", "Erik Halvorssen"),
        };

        Assert.Empty(CorpusValidator.Validate(entries));
    }

    [Fact]
    public void Two_people_in_one_article_with_close_names_are_not_a_misspelling()
    {
        const string both = "Two ministers\n\nAnna Halvorsen and Anna Halvorssen met.\n";
        var entries = new[]
        {
            Entry("a.txt", First, "Anna Halvorsen", "Anna Halvorsen", "Halvorsen"),
            Entry("b.txt", Second, "Anna Halvorssen", "Anna Halvorssen"),
            new CorpusEntry(
                new ArticleSource("c.txt", both, null, null),
                WithPeople("c.txt", both, ValidationInputs.Person(both, "Anna Halvorsen", "Anna Halvorsen"), ValidationInputs.Person(both, "Anna Halvorssen", "Anna Halvorssen"))),
        };

        Assert.Empty(CorpusValidator.Validate(entries));
    }

    private static CorpusEntry Entry(string path, string text, string name, params string[] forms) =>
        new(new ArticleSource(path, text, null, null), WithPeople(path, text, ValidationInputs.Person(text, name, forms)));

    private static ExtractionResult WithPeople(string path, string text, params Person[] people)
    {
        IReadOnlyList<Person> list = people;
        return new ExtractionResult(path, ValidationInputs.From(text, path, people: list).Article, EquatableArray<ContentDiagnostic>.Empty);
    }
}
