using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;
using Xunit;

namespace NewsGen.Extraction.Tests.Entities;

public class TextSegmentTests
{
    private static TextSegment Segment(string text) => new(0, text, 0, Tokenizer.Tokenize(text, TokenPolicy.Names));

    [Fact]
    public void A_token_is_compared_with_a_word_in_place_as_written_or_in_any_case()
    {
        var segment = Segment("The keeper of the lighthouse waved.");

        Assert.False(segment.Is(0, "the"));
        Assert.True(segment.Is(0, "the", System.StringComparison.OrdinalIgnoreCase));
        Assert.True(segment.Is(2, "of"));
        Assert.False(segment.Is(2, "off"));
        Assert.False(segment.Is(2, "o"));
        Assert.True(segment.Is(6, "."));
    }

    [Fact]
    public void The_marked_words_are_those_with_a_capital_or_a_hyphen_in_order()
    {
        var segment = Segment("Yesterday the keeper of Brannoch Light met an ex-sailor, 4WD in tow, near OSLO-bound ferries.");

        var marked = System.Array.ConvertAll(segment.MarkedWords, j => segment[j]);

        Assert.Equal(["Yesterday", "Brannoch", "Light", "ex-sailor", "4WD", "OSLO-bound"], marked);
        Assert.Same(segment.MarkedWords, segment.MarkedWords);
    }

    [Fact]
    public void Each_fact_of_a_token_is_computed_once_and_kept_apart_from_the_others()
    {
        var segment = Segment("Ferreira spoke");
        var nameWordCalls = 0;
        var organizationWordCalls = 0;

        for (var round = 0; round < 3; round++)
        {
            Assert.True(segment.IsNameWord(0, (_, _) => ++nameWordCalls > 0));
            Assert.False(segment.IsOrganizationWord(0, (_, _) => ++organizationWordCalls < 0));
        }

        Assert.Equal(1, nameWordCalls);
        Assert.Equal(1, organizationWordCalls);
        Assert.False(segment.IsTitle(0));
        Assert.True(segment.IsNameWord(0, (_, _) => false));
    }

    [Fact]
    public void A_fact_decided_while_computing_another_of_the_same_token_is_kept()
    {
        var segment = Segment("Okonkwo-Hale arrived");
        var nameWordCalls = 0;

        Assert.True(segment.IsOrganizationWord(0, (s, j) => s.IsNameWord(j, (_, _) => ++nameWordCalls > 0)));
        Assert.True(segment.IsNameWord(0, (_, _) => ++nameWordCalls > 0));

        Assert.Equal(1, nameWordCalls);
    }

    [Fact]
    public void A_token_is_compared_with_a_few_words_in_place()
    {
        var segment = Segment("Tea and the harbour");
        string[] connectors = ["of", "and", "the"];

        Assert.False(segment.IsOneOf(0, connectors));
        Assert.True(segment.IsOneOf(1, connectors));
        Assert.True(segment.IsOneOf(2, connectors));
        Assert.False(segment.IsOneOf(3, connectors));
    }

    [Fact]
    public void Segments_made_before_the_states_are_reused_keep_their_own_claims()
    {
        var first = Segment("Ilsa Marrow sang");
        var second = Segment("Ilsa Marrow sang");

        first.Claim(0, 1);

        Assert.True(first.IsClaimed(1));
        Assert.False(second.IsClaimed(0));
        Assert.False(second.IsClaimed(1));
    }

    [Fact]
    public void A_segment_made_after_the_states_are_reused_starts_with_nothing_claimed_or_known()
    {
        var earlier = Segment("Ilsa Marrow sang");
        earlier.Claim(0, 2);
        Assert.True(earlier.IsNameWord(0, (_, _) => true));

        TextSegment.ReuseStates();
        var later = Segment("Ilsa Marrow sang");

        Assert.False(later.IsClaimed(0));
        Assert.False(later.IsClaimed(2));
        Assert.False(later.IsNameWord(0, (_, _) => false));
    }

    [Fact]
    public void A_segment_longer_than_the_states_kept_for_reuse_keeps_every_token_apart()
    {
        TextSegment.ReuseStates();
        var before = Segment("Ilsa sang");
        var words = string.Join(" ", System.Linq.Enumerable.Repeat("Tarn", 6000));
        var longer = Segment(words);

        longer.Claim(longer.Tokens.Length - 1, longer.Tokens.Length - 1);
        before.Claim(0, 0);

        Assert.Equal(6000, longer.Tokens.Length);
        Assert.False(longer.IsClaimed(0));
        Assert.True(longer.IsClaimed(longer.Tokens.Length - 1));
        Assert.False(before.IsClaimed(1));
    }
}
