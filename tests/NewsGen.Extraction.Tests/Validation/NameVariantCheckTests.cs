using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Extraction.Validation.Checks;
using NewsGen.Extraction.Validation.Names;

namespace NewsGen.Extraction.Tests.Validation;

public class NameVariantCheckTests
{
    private const string Text =
        "Harbour talks resume\n" +
        "\n" +
        "Adm. Anna Halvorssen arrived on Monday.\n" +
        "\n" +
        "Anna Halvorsen met the minister. Halvorsen said the talks went well.\n";

    [Fact]
    public void Two_spellings_of_one_person_are_reported_at_the_first_rarer_spelling()
    {
        var person = ValidationInputs.Person(Text, "Anna Halvorsen", "Anna Halvorssen", "Anna Halvorsen", "Halvorsen");

        var diagnostic = Assert.Single(NameVariantCheck.Run(ValidationInputs.From(Text, people: [person])));

        DiagnosticAssert.Is(
            diagnostic, "NG1001", ContentSeverity.Warning,
            "The name 'Halvorssen' is also spelled 'Halvorsen'; check which spelling is right",
            (2, 10), (2, 20));
        Assert.Equal(
            [(4, 5), (4, 33)],
            diagnostic.AdditionalLocations.Select(l => (l.Span.StartLine, l.Span.StartColumn)));
        Assert.All(diagnostic.AdditionalLocations, l => Assert.Equal("article.txt", l.Path));
    }

    [Fact]
    public void One_spelling_throughout_is_not_reported()
    {
        var text = Text.Replace("Halvorssen", "Halvorsen");
        var person = ValidationInputs.Person(text, "Anna Halvorsen", "Anna Halvorsen", "Halvorsen");

        Assert.Empty(NameVariantCheck.Run(ValidationInputs.From(text, people: [person])));
    }

    [Theory]
    [InlineData("Halvorsen", "Halvorssen", true)]
    [InlineData("Johnson", "Jonhson", true)]
    [InlineData("Johnson", "Jonson", true)]
    [InlineData("Whitcombe", "Whitcombes", false)]
    [InlineData("Christmas", "Christmases", false)]
    [InlineData("Ann", "Anne", false)]
    [InlineData("Petersen", "Peterson", true)]
    [InlineData("Petersen", "Pedersson", false)]
    [InlineData("Smith", "SMITH", false)]
    [InlineData("Marco", "Carlo", false)]
    [InlineData("O'Neill", "O\u2019Neill", false)]
    [InlineData("Harbour\u2019watch", "HarbourWatch", false)]
    public void Spelling_variants_are_close_words_with_the_same_initial(string a, string b, bool expected) =>
        Assert.Equal(expected, SpellingVariants.AreVariants(a, b));

    [Fact]
    public void Words_written_together_in_one_form_are_different_name_parts()
    {
        var person = new Person(
            "p1", "Mario Maria Rossi", new[] { "Rossi" }.ToEquatableArray(), EquatableArray<string>.Empty, EquatableArray<Mention>.Empty);

        Assert.Empty(NameVariantCheck.VariantPairs(person));
    }

    [Fact]
    public void Possessives_are_the_same_spelling()
    {
        const string text = "Talks\n\nAnna Halvorsen spoke. Halvorsen\u2019s team agreed.\n";
        var person = ValidationInputs.Person(text, "Anna Halvorsen", "Anna Halvorsen", "Halvorsen\u2019s");

        Assert.Empty(NameVariantCheck.Run(ValidationInputs.From(text, people: [person])));
    }

    [Fact]
    public void Spellings_with_different_given_names_are_two_people()
    {
        const string text = "Team news\n\nDennis Marsham scored. R Marsam was booked.\n";
        var person = ValidationInputs.Person(text, "Dennis Marsham", "Dennis Marsham", "R Marsam");

        Assert.Empty(NameVariantCheck.Run(ValidationInputs.From(text, people: [person])));
    }

    [Fact]
    public void A_spelling_that_is_an_ordinary_word_is_a_misread_name()
    {
        const string text = "Film awards\n\nWendell Colton starred. Egyptian Cotton won.\n";
        var person = ValidationInputs.Person(text, "Wendell Colton", "Wendell Colton", "Cotton");

        Assert.Empty(NameVariantCheck.Run(ValidationInputs.From(text, people: [person])));
    }

    [Fact]
    public void A_shared_given_name_or_a_title_does_not_rule_a_misspelling_out()
    {
        const string text = "Fairy tales\n\nJens Peter Lindholm wrote it. Peter Lindhelm said so. Mr Lindholm agreed.\n";
        var person = ValidationInputs.Person(text, "Jens Peter Lindholm", "Jens Peter Lindholm", "Peter Lindhelm", "Mr Lindholm");

        var diagnostic = Assert.Single(NameVariantCheck.Run(ValidationInputs.From(text, people: [person])));

        Assert.Equal("The name 'Lindhelm' is also spelled 'Lindholm'; check which spelling is right", diagnostic.Message);
    }
}
