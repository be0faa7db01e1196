using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class StableHashTests
{
    [Fact]
    public void A_range_of_a_text_hashes_like_the_same_word_cut_out()
    {
        const string text = "the harbour pilot waved";
        Assert.Equal(StableHash.Of("pilot"), StableHash.Of(text, 12, 5));
        Assert.NotEqual(StableHash.Of("pilot"), StableHash.Of(text, 12, 4));
    }

    [Fact]
    public void The_hash_is_fnv_1a_and_the_same_on_every_run()
    {
        Assert.Equal(2166136261u, StableHash.Of(string.Empty));
        Assert.Equal(0xE40C292Cu, StableHash.Of("a"));
    }

    [Fact]
    public void Hashing_ignoring_case_equals_the_hash_of_the_lowercase_word()
    {
        const string text = "A Ferry Strike began";
        Assert.Equal(StableHash.Of("strike"), StableHash.OfIgnoringCase(text, 8, 6));
        Assert.Equal(StableHash.OfIgnoringCase("STRIKE", 0, 6), StableHash.OfIgnoringCase(text, 8, 6));
    }
}
