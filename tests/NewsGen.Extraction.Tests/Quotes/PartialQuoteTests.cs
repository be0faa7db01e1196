using System.Linq;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class PartialQuoteTests
{
    [Fact]
    public void A_fragment_woven_into_the_sentence_is_partial()
    {
        var result = Extract("Hajiyev called Baku \u201cthe diplomatic capital of the region\u201d in his speech.");

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
            "\u201cI think that this is an indicator of our influence,\u201d added Khalafov.",
            "Khalafov said: \u201cThe talks were a success.\u201d",
            "Khalafov said \u201cThe talks were a success.\u201d");

        Assert.All(result.Quotes, q => Assert.False(q.IsPartial));
        Assert.Equal(3, result.Quotes.Count);
    }
}
