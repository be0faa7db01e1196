using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class TextRangeMapTests
{
    [Fact]
    public void A_key_is_found_by_a_range_of_a_longer_text_and_only_with_its_exact_length()
    {
        var map = new TextRangeMap<int>();
        map.Set("Lake Orva", 7);
        const string text = "Boats on Lake Orva drift.";

        Assert.True(map.TryGetValue(text, 9, 9, out var value));
        Assert.Equal(7, value);
        Assert.False(map.TryGetValue(text, 9, 8, out _));
        Assert.False(map.TryGetValue("lake orva", out _));
    }

    [Fact]
    public void A_case_insensitive_map_finds_a_key_in_any_case()
    {
        var map = new TextRangeMap<string>(ignoreCase: true);
        map.GetOrAdd("strike", () => "strike");

        Assert.True(map.TryGetValue("A STRIKE began", 2, 6, out var found));
        Assert.Equal("strike", found);
    }

    [Fact]
    public void Adding_keeps_the_first_value_and_setting_replaces_it()
    {
        var map = new TextRangeMap<string>();
        Assert.Equal("first", map.GetOrAdd("pier", () => "first"));
        Assert.Equal("first", map.GetOrAdd("pier", () => "second"));

        map.Set("pier", "third");

        Assert.True(map.TryGetValue("pier", out var value));
        Assert.Equal("third", value);
    }

    [Fact]
    public void Keys_with_the_same_hash_are_each_found_with_their_own_value()
    {
        // Two words whose hashes are equal, so they share one bucket.
        Assert.Equal(StableHash.Of("yiijsv"), StableHash.Of("ktodoe"));
        var map = new TextRangeMap<string>();
        map.Set("yiijsv", "first");
        map.GetOrAdd("ktodoe", () => "second");
        map.Set("yiijsv", "replaced");

        Assert.True(map.TryGetValue("yiijsv", out var first));
        Assert.True(map.TryGetValue("ktodoe", out var second));
        Assert.Equal("replaced", first);
        Assert.Equal("second", second);
    }
}
