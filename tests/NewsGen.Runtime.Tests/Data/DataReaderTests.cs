using System.Text;
using NewsGen.Runtime;

namespace NewsGen.Runtime.Tests.Data;

/// <summary>
/// The content encoding as the runtime reads it, from records written by hand: tokens before the bar, strings after
/// it, null as an empty token, and strings that refer into a container instead of repeating it.
/// </summary>
public class DataReaderTests
{
    [Fact]
    public void Numbers_strings_and_nulls_are_read_in_order()
    {
        var reader = new DataReader(Encoding.UTF8.GetBytes("3,-1,5,,2|hello\u00E9"));

        Assert.Equal(3, reader.Int());
        Assert.Equal(-1, reader.Int());
        Assert.Equal("hello", reader.String());
        Assert.Null(reader.OptionalString());
        Assert.Equal("\u00E9", reader.String());
    }

    [Fact]
    public void A_string_that_stands_in_its_container_is_read_from_there_with_its_start()
    {
        var reader = new DataReader(Encoding.UTF8.GetBytes("~4,5,3|new"));

        Assert.Equal(("quick", 4), reader.Text("the quick fox"));
        Assert.Equal(("new", 0), reader.Text("the quick fox"));
    }

    [Fact]
    public void Days_are_day_numbers_and_minus_one_is_no_date()
    {
        var reader = new DataReader(Encoding.UTF8.GetBytes("738958,-1|"));

        Assert.Equal(new System.DateOnly(2024, 3, 14), reader.Date());
        Assert.Null(reader.Date());
    }

    [Fact]
    public void Lists_are_a_count_then_their_items()
    {
        var reader = new DataReader(Encoding.UTF8.GetBytes("2,1,1,3,7,8,9|ab"));

        Assert.Equal(["a", "b"], reader.Strings());
        Assert.Equal([7, 8, 9], reader.Ints());
    }

    [Fact]
    public void A_record_without_its_bar_or_cut_short_is_a_version_mismatch_not_garbage()
    {
        Assert.Throws<System.FormatException>(() => new DataReader(Encoding.UTF8.GetBytes("1,2,3")));
        Assert.Throws<System.FormatException>(() =>
        {
            var reader = new DataReader(Encoding.UTF8.GetBytes("1|"));
            reader.Int();
            reader.Int();
        });
    }
}
