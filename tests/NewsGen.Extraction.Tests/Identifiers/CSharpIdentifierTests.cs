using NewsGen.Extraction.Identifiers;

namespace NewsGen.Extraction.Tests.Identifiers;

public class CSharpIdentifierTests
{
    [Theory]
    [InlineData("baku meeting", "BakuMeeting")]
    [InlineData("baku-meeting_2018", "BakuMeeting2018")]
    [InlineData("Azerbaijan’s capital", "AzerbaijansCapital")]
    [InlineData("NATO summit", "NATOSummit")]
    [InlineData("class", "Class")]
    [InlineData("new event", "NewEvent")]
    [InlineData("2018 talks", "_2018Talks")]
    [InlineData("Zürich élection", "ZürichÉlection")]
    [InlineData("Ze\u0301nith", "Zénith")]
    [InlineData("q\u0301uery", "Q\u0301uery")]
    [InlineData("हिन्दी समाचार", "हिन्दीसमाचार")]
    [InlineData("соль море", "СольМоре")]
    [InlineData("soft\u00ADhyphen", "Softhyphen")]
    [InlineData("emoji 😀 news", "EmojiNews")]
    public void PascalCase_of_the_words(string text, string expected) => Assert.Equal(expected, CSharpIdentifier.From(text));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("—!?")]
    public void Nothing_usable_gives_the_fallback(string text)
    {
        Assert.Equal("Article", CSharpIdentifier.From(text));
        Assert.Equal("Story", CSharpIdentifier.From(text, "Story"));
    }

    [Fact]
    public void A_leading_combining_mark_gets_an_underscore()
    {
        Assert.Equal("_\u0301a", CSharpIdentifier.From("\u0301a"));
    }

    [Theory]
    [InlineData("bakuMeeting", "bakuMeeting")]
    [InlineData("baku_meeting", "baku_meeting")]
    [InlineData("class", "@class")]
    [InlineData("@class", "@class")]
    [InlineData("@Meeting", "Meeting")]
    [InlineData(" Meeting ", "Meeting")]
    [InlineData("baku meeting", "BakuMeeting")]
    [InlineData("2018-talks", "_2018Talks")]
    [InlineData("@", "Article")]
    public void Requested_names_stay_as_written_when_valid(string text, string expected) =>
        Assert.Equal(expected, CSharpIdentifier.FromRequested(text));

    [Theory]
    [InlineData("Name", true)]
    [InlineData("_name2", true)]
    [InlineData("class", true)]
    [InlineData("2name", false)]
    [InlineData("na-me", false)]
    [InlineData("", false)]
    public void Validity(string name, bool expected) => Assert.Equal(expected, CSharpIdentifier.IsValid(name));
}
