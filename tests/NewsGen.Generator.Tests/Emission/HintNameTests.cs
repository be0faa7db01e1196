using NewsGen.Generator.Emission;

namespace NewsGen.Generator.Tests.Emission;

public class HintNameTests
{
    [Fact]
    public void Ordinary_ids_name_their_file()
    {
        Assert.Equal("Articles.HarborTalks.g.cs", EmitUnits.HintName("HarborTalks"));
    }

    [Fact]
    public void Very_long_ids_are_cut_and_stay_distinct()
    {
        var first = EmitUnits.HintName(new string('A', 200) + "One");
        var second = EmitUnits.HintName(new string('A', 200) + "Two");

        Assert.NotEqual(first, second);
        Assert.Equal("Articles.".Length + 80 + ".g.cs".Length, first.Length);
        Assert.Equal(first, EmitUnits.HintName(new string('A', 200) + "One"));
    }
}
