using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class EditDistanceTests
{
    [Theory]
    [InlineData("Kowalczyk", "Kowalczyk", 0)]
    [InlineData("Brannigan", "brannigan", 0)]
    [InlineData("Brannigan", "Branigan", 1)]
    [InlineData("Thorsen", "Torsen", 1)]
    [InlineData("Oduya", "Odyua", 2)]
    public void Edits_are_counted_ignoring_case(string a, string b, int expected) =>
        Assert.Equal(expected, EditDistance.Within(a, b, 3, transpositions: false));

    [Fact]
    public void A_swap_of_two_adjacent_letters_is_one_edit_when_transpositions_count()
    {
        Assert.Equal(1, EditDistance.Within("Oduya", "Odyua", 3, transpositions: true));
    }

    [Fact]
    public void The_count_stops_one_past_the_limit()
    {
        Assert.Equal(2, EditDistance.Within("Fairweather", "Quigley", 1, transpositions: true));
    }
}
