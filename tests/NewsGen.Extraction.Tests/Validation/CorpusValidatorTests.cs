using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Extraction.Validation.Corpus;

namespace NewsGen.Extraction.Tests.Validation;

public class CorpusValidatorTests
{
    [Fact]
    public void Two_files_asking_for_one_id_are_both_reported_with_the_other_as_further_location()
    {
        var entries = new[] { Extract("a.txt", "---\nid: Vote\n---\nFirst\n"), Extract("b.txt", "---\nid: Vote\n---\nSecond\n") };

        var diagnostics = CorpusValidator.Validate(entries);

        Assert.Equal(["a.txt", "b.txt"], diagnostics.Select(d => d.Path));
        Assert.All(diagnostics, d =>
        {
            Assert.Equal("NG2001", d.Id);
            Assert.Equal(ContentSeverity.Error, d.Severity);
            Assert.Equal("Article id 'Vote' is used by more than one file (a.txt, b.txt)", d.Message);
            Assert.Equal((1, 4), (d.Location.StartLine, d.Location.StartColumn));
        });
        Assert.Equal("b.txt", Assert.Single(diagnostics[0].AdditionalLocations).Path);
    }

    [Fact]
    public void A_derived_id_that_two_articles_want_is_renamed_in_both_with_a_warning()
    {
        var entries = new[] { Extract("x/harbour-vote.txt", "Harbour vote\n"), Extract("y/harbour-vote.txt", "Harbour vote again\n") };

        var diagnostics = CorpusValidator.Validate(entries);

        Assert.All(diagnostics, d => Assert.Equal(("NG2002", ContentSeverity.Warning), (d.Id, d.Severity)));
        Assert.Equal(["x/harbour-vote.txt", "y/harbour-vote.txt"], diagnostics.Select(d => d.Path));
        // Files of the same name have the same hash: a number tells them apart, in path order.
        Assert.Equal("The identifier 'HarbourVote' is wanted by another article or is reserved; this article is generated as 'HarbourVote_a5daca313'", diagnostics[1].Message);
    }

    private static CorpusEntry Extract(string path, string text)
    {
        var source = new ArticleSource(path, text, null, null);
        return new CorpusEntry(source, ArticleExtractor.Extract(source, ExtractionOptions.Default));
    }
}
