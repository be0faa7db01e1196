using System.Linq;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class PartialQuoteTests
{
    [Fact]
    public void A_fragment_woven_into_the_sentence_is_partial()
    {
        var result = Extract("Vrabie called Mombasa \u201cthe trading heart of the coast\u201d in his speech.");

        Assert.True(Assert.Single(result.Quotes).IsPartial);
    }

    [Fact]
    public void A_capitalized_fragment_after_a_reporter_word_is_partial()
    {
        var result = Extract("The deal was described as \u201cThe worst in history\u201d by its critics.");

        Assert.True(Assert.Single(result.Quotes).IsPartial);
    }

    [Fact]
    public void A_whole_utterance_is_not_partial()
    {
        var result = Extract(
            "\u201cI believe the harbour deal shows how far we have come,\u201d added Ilievski.",
            "Ilievski said: \u201cThe harvest was a record.\u201d",
            "Ilievski said \u201cThe harvest was a record.\u201d");

        Assert.All(result.Quotes, q => Assert.False(q.IsPartial));
        Assert.Equal(3, result.Quotes.Count);
    }
}
