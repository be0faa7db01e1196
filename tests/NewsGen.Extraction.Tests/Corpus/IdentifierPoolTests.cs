using NewsGen.Extraction.Corpus;

namespace NewsGen.Extraction.Tests.Corpus;

public class IdentifierPoolTests
{
    [Fact]
    public void Indexes_are_grouped_by_name_without_case_in_order_of_first_appearance_and_unnamed_ones_are_left_out()
    {
        string?[] names = ["Harbour", "Ferry", null, "HARBOUR", "Quay", "ferry", "harbour"];

        var groups = IdentifierPool.IndexesByName(names);

        Assert.Equal(3, groups.Count);
        Assert.Equal([0, 3, 6], groups[0]);
        Assert.Equal([1, 5], groups[1]);
        Assert.Equal([4], groups[2]);
    }

    [Fact]
    public void A_name_wanted_twice_gets_a_hash_suffix_for_each_claimant_and_an_explicit_claim_keeps_it()
    {
        var shared = IdentifierPool.Assign([new NameClaim("Tide", "a.txt", false), new NameClaim("tide", "b.txt", false)], []);
        var kept = IdentifierPool.Assign([new NameClaim("Tide", "a.txt", true), new NameClaim("Tide", "b.txt", false)], []);

        Assert.All(shared, name => Assert.Matches("^[Tt]ide_[0-9a-f]{8}$", name));
        Assert.NotEqual(shared[0], shared[1]);
        Assert.Equal("Tide", kept[0]);
        Assert.Matches("^Tide_[0-9a-f]{8}$", kept[1]);
    }
}
