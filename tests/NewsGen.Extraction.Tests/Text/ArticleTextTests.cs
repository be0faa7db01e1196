using System.IO;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Text;

public class ArticleTextTests
{
    [Fact]
    public void A_paragraph_is_split_once_and_every_later_request_gets_the_same_split()
    {
        var layer = new ArticleText();
        const string paragraph = "The ferry left at dawn. It reached the island by noon.";

        var first = layer.SentencesOf(paragraph);
        var again = layer.SentencesOf(paragraph);

        Assert.Same(first, again);
        Assert.Equal([(0, 23), (24, 54)], first);
    }

    [Fact]
    public void A_text_the_policies_read_differently_gets_each_policy_s_own_tokens_once()
    {
        var layer = new ArticleText();
        const string paragraph = "The ferry’s crew left the U.K. at dawn.";
        var body = new Paragraph(0, paragraph, 0);

        var names = layer.TokensOf(body, TokenPolicy.Names);
        var clauses = layer.TokensOf(body, TokenPolicy.Clauses);

        Assert.Equal(Tokenizer.Tokenize(paragraph, TokenPolicy.Names), names);
        Assert.Equal(TokenizerTests.AsWritten(Tokenizer.Tokenize(paragraph, TokenPolicy.Clauses)), TokenizerTests.AsWritten(clauses));
        Assert.NotEqual(names.Length, clauses.Length);
        Assert.Same(clauses, layer.TokensOf(body, TokenPolicy.Clauses));
        Assert.Same(names, layer.TokensOf(body, TokenPolicy.Names));
    }

    [Theory]
    [InlineData("The ferry left at dawn and reached the island by noon.")]
    [InlineData("The ferry’s crew and the island's mayor met at dawn.")]
    public void A_text_whose_readings_differ_at_most_in_possessive_s_is_tokenized_once_and_read_as_written_by_clauses(string paragraph)
    {
        var layer = new ArticleText();
        var body = new Paragraph(3, paragraph, 0);

        var names = layer.TokensOf(body, TokenPolicy.Names);
        var clauses = layer.TokensOf(body, TokenPolicy.Clauses);

        Assert.Same(names, clauses);
        Assert.Same(names, layer.TokensOf(body, TokenPolicy.Names));
        Assert.Equal(
            Tokenizer.Tokenize(paragraph, TokenPolicy.Clauses).Select(t => paragraph.Substring(t.Start, t.Length)),
            clauses.Select(t => paragraph.Substring(t.Start, t.WrittenLength)));
    }

    [Fact]
    public void Released_tokens_are_tokenized_anew_on_the_next_request()
    {
        var layer = new ArticleText();
        var body = new Paragraph(0, "The ferry left at dawn.", 0);
        var before = layer.TokensOf(body, TokenPolicy.Names);

        layer.ReleaseTokens();
        var after = layer.TokensOf(body, TokenPolicy.Names);

        Assert.NotSame(before, after);
        Assert.Equal(before, after);
    }

    [SharedFact("corpus/bbc")]
    public void Every_shared_or_reread_reading_of_a_news_paragraph_is_its_clause_reading_as_written()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Shared!, "corpus", "bbc"), "*.txt", SearchOption.AllDirectories))
        {
            foreach (var paragraph in File.ReadAllText(file).Split('\n'))
            {
                var names = Tokenizer.Tokenize(paragraph, TokenPolicy.Names, out var policyMatters);
                var shared = policyMatters ? Tokenizer.Reread(paragraph, names, TokenPolicy.Clauses) : names;
                Assert.Equal(TokenizerTests.AsWritten(Tokenizer.Tokenize(paragraph, TokenPolicy.Clauses)), TokenizerTests.AsWritten(shared));
            }
        }
    }
}
