using System.IO;
using System.Linq;
using System.Text.Json;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Structure;

public class SeedStructureTests
{
    private static readonly NewsGen.Extraction.Structure.ArticleStructure Seed = Articles.Read(File.ReadAllText(RepoPaths.SeedFile));

    [Fact]
    public void Title_photo_headings_paragraphs_and_boilerplate()
    {
        Assert.Equal("NATO: Baku is \u2018perfect venue\u2019 for talking to Russia", Seed.Title);
        Assert.StartsWith("Gen. Curtis M. Scaparrotti, NATO supreme allied commander Europe", Seed.Photo!.Caption);
        Assert.EndsWith("19 April 2018.", Seed.Photo.Caption);
        Assert.Equal("Handout photo, EUCOM", Seed.Photo.Credit);
        Assert.Equal(
            [
                "Top Russian, NATO generals choose Baku for talks on preventing military incidents",
                "Putin defends seizure of Ukrainian ships, Poroshenko invites NATO in Azov Sea",
                "US gives Russia 60 days to comply with nuclear treaty",
            ],
            Seed.Headings());
        Assert.Equal(18, Seed.Paragraphs.Count);
        Assert.Equal(["Subscribe to our newsletters"], Seed.Boilerplate);
        Assert.Equal(4, Seed.Sections.Count);
        Assert.Null(Seed.Sections[0].Heading);
        Assert.DoesNotContain(Seed.Paragraphs, p => p.Text.Contains("Handout photo"));
        Articles.AssertOffsets(Seed);
    }

    [SharedFact("gold/000_bfda32527d1fa4f3.json")]
    public void Matches_the_gold_annotation()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Shared!, "gold", "000_bfda32527d1fa4f3.json")));
        var root = gold.RootElement;

        Assert.Equal(root.GetProperty("title").GetString(), Seed.Title);
        Assert.Equal(root.GetProperty("headings").EnumerateArray().Select(h => h.GetString()), Seed.Headings());
        Assert.Equal(root.GetProperty("paragraph_count").GetInt32(), Seed.Paragraphs.Count);
        Assert.Equal(root.GetProperty("photo").GetProperty("credit").GetString(), Seed.Photo!.Credit);
        Assert.Equal(root.GetProperty("boilerplate").EnumerateArray().Select(b => b.GetString()), Seed.Boilerplate);
    }
}
