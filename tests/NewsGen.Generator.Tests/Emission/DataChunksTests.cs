using NewsGen.Generator.Emission;

namespace NewsGen.Generator.Tests.Emission;

/// <summary>A group's records fill literals up to the size limit; a record never spans two literals.</summary>
public class DataChunksTests
{
    [Fact]
    public void Records_share_a_literal_until_the_next_would_pass_the_limit()
    {
        var chunks = new DataChunks();
        var half = new string('a', DataChunks.MaxLiteralBytes / 2);

        Assert.Equal(new RecordPlace(0, 0, 8192), chunks.Add(half));
        Assert.Equal(new RecordPlace(0, 8192, 8192), chunks.Add(half));
        Assert.Equal(new RecordPlace(1, 0, 1), chunks.Add("b"));
        Assert.Equal(2, chunks.Literals().Count);
    }

    [Fact]
    public void A_record_larger_than_the_limit_gets_a_literal_of_its_own()
    {
        var chunks = new DataChunks();

        Assert.Equal(new RecordPlace(0, 0, 1), chunks.Add("a"));
        Assert.Equal(new RecordPlace(1, 0, 20000), chunks.Add(new string('b', 20_000)));
        Assert.Equal(new RecordPlace(2, 0, 1), chunks.Add("c"));
    }

    [Fact]
    public void Offsets_and_lengths_count_UTF8_bytes_and_literals_are_padded()
    {
        var chunks = new DataChunks();

        Assert.Equal(new RecordPlace(0, 0, 5), chunks.Add("\u00E9t\u00E9"));
        Assert.Equal(new RecordPlace(0, 5, 4), chunks.Add("\U0001F600"));
        Assert.Equal("\"\u00E9t\u00E9\\U0001F600" + new string(' ', 64 - 9) + "\"u8", Assert.Single(chunks.Literals()));
    }
}
