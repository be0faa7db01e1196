using NewsGen.Extraction.Identifiers;

namespace NewsGen.Extraction.Tests.Identifiers;

public class SlugTests
{
    [Theory]
    [InlineData("LimaTalks2018", "lima-talks-2018")]
    [InlineData("ASEANSummit", "asean-summit")]
    [InlineData("GenevaTalks", "geneva-talks")]
    [InlineData("baku_meeting", "baku-meeting")]
    [InlineData("@class", "class")]
    [InlineData("_2018Talks", "2018-talks")]
    [InlineData("ZürichÉlection", "zurich-election")]
    [InlineData("СольМоре", "соль-море")]
    [InlineData("US", "us")]
    [InlineData("", "")]
    public void Lower_case_words_joined_by_hyphens(string identifier, string expected) => Assert.Equal(expected, Slug.FromIdentifier(identifier));
}
