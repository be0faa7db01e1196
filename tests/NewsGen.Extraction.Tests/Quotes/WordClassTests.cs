using System.Linq;
using NewsGen.Extraction.Quotes;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

/// <summary>The word classes of the quote stage and the exceptions each rule makes to them.</summary>
public class WordClassTests
{
    private static readonly NewsGen.Extraction.Entities.EntitySet Harbour = EntitiesOf("Person:Petra Nilsen|Nilsen", "Person:Aron Brandt|Brandt");

    [Fact]
    public void Each_word_class_is_one_list_of_distinct_lowercase_words()
    {
        foreach (var words in new[] { WordClasses.Subordinators, WordClasses.RelativeWords })
        {
            Assert.NotEmpty(words);
            Assert.Equal(words.Count, words.Distinct().Count());
            Assert.All(words, word => Assert.Equal(word.ToLowerInvariant(), word));
        }

        Assert.Contains("as", WordClasses.Subordinators);
        Assert.Contains("whom", WordClasses.RelativeWords);
        Assert.Empty(WordClasses.Subordinators.Intersect(WordClasses.RelativeWords));
    }

    [Fact]
    public void As_opening_a_sentence_opens_a_clause_whose_subject_speaks_the_quote()
    {
        var result = Extract(Harbour, "As Nilsen went on about \u201cthe fees at the old ferry pier,\u201d Brandt said nothing at all.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("the fees"));
    }

    [Fact]
    public void If_opening_a_sentence_is_a_condition_so_the_main_clause_names_the_speaker()
    {
        var result = Extract(Harbour, "If Nilsen goes on about \u201cthe fees at the old ferry pier,\u201d Brandt said he would leave.");

        Assert.Equal("Aron Brandt", result.SpeakerOf("the fees"));
    }

    [Theory]
    [InlineData("as")]
    [InlineData("since")]
    public void As_or_since_inside_a_sentence_opens_no_clause_so_the_name_after_it_is_the_subject(string word)
    {
        var result = Extract(Harbour, $"Harbour costs rose sharply {word} Nilsen pushed for \u201ca second pier for the winter ferries\u201d in town.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("a second pier"));
    }

    [Fact]
    public void While_inside_a_sentence_opens_a_clause_whose_subject_is_not_the_sentence_subject()
    {
        var result = Extract(Harbour, "Harbour costs rose sharply while Nilsen pushed for \u201ca second pier for the winter ferries\u201d in town.");

        Assert.Null(result.SpeakerOf("a second pier"));
    }

    [Fact]
    public void And_after_a_quote_goes_on_with_the_sentence_rather_than_attribute_the_quote()
    {
        var result = Extract(Harbour, "Nilsen called the plan \u201ca gift to every family on the island,\u201d and Brandt said nothing.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("a gift"));
    }

    [Fact]
    public void Who_before_a_speech_verb_puts_the_verb_in_a_relative_clause()
    {
        var result = Extract(Harbour, "Brandt thanked the divers, who said \u201cthe old pier will hold for years\u201d after the storm.");

        Assert.Equal("Aron Brandt", result.SpeakerOf("the old pier"));
    }
}
