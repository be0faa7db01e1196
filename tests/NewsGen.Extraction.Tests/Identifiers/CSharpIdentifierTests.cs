using System.Linq;
using NewsGen.Extraction.Identifiers;

namespace NewsGen.Extraction.Tests.Identifiers;

public class CSharpIdentifierTests
{
    [Theory]
    [InlineData("lima meeting", "LimaMeeting")]
    [InlineData("lima-meeting_2018", "LimaMeeting2018")]
    [InlineData("Paraguay’s capital", "ParaguaysCapital")]
    [InlineData("ASEAN summit", "ASEANSummit")]
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
    public void Each_identifier_holds_only_its_own_words_whatever_came_before()
    {
        Assert.Equal("_7Sails", CSharpIdentifier.From("7 sails"));
        Assert.Equal("Harbour", CSharpIdentifier.From("harbour"));
        Assert.True(CSharpIdentifier.IsShortened(CSharpIdentifier.From(string.Join(" ", Enumerable.Repeat("lantern", 40)))));
        Assert.Equal("QuietCove", CSharpIdentifier.From("quiet cove"));
    }

    [Fact]
    public void A_leading_combining_mark_gets_an_underscore()
    {
        Assert.Equal("_\u0301a", CSharpIdentifier.From("\u0301a"));
    }

    [Theory]
    [InlineData("bakuMeeting", "bakuMeeting")]
    [InlineData("baku_meeting", "baku_meeting")]
    [InlineData("class", "Class")]
    [InlineData("@class", "Class")]
    [InlineData("null", "Null")]
    [InlineData("__arglist", "Arglist")]
    [InlineData("\"@namespace\"", "Namespace")]
    [InlineData("Harbor\u202ETalks", "HarborTalks")]
    [InlineData("@Meeting", "Meeting")]
    [InlineData(" Meeting ", "Meeting")]
    [InlineData("lima meeting", "LimaMeeting")]
    [InlineData("2018-talks", "_2018Talks")]
    [InlineData("@", "Article")]
    public void Requested_names_stay_as_written_only_when_plain_identifiers(string text, string expected) =>
        Assert.Equal(expected, CSharpIdentifier.FromRequested(text));

    [Theory]
    [InlineData("Name", true)]
    [InlineData("_name2", true)]
    [InlineData("class", true)]
    [InlineData("2name", false)]
    [InlineData("na-me", false)]
    [InlineData("", false)]
    public void Validity(string name, bool expected) => Assert.Equal(expected, CSharpIdentifier.IsValid(name));

    [Theory]
    [InlineData("class", "it is a C# keyword")]
    [InlineData("__refvalue", "it is a C# keyword")]
    [InlineData("@Harbor", "it starts with '@'")]
    [InlineData("harbor talks", "it has characters a C# name cannot have")]
    [InlineData("Harbor\u202ETalks", "it has invisible format characters")]
    [InlineData("harbor_talks", null)]
    public void The_reason_a_requested_name_cannot_be_kept(string name, string? reason) =>
        Assert.Equal(reason, CSharpIdentifier.WhyNotUsableAsWritten(name));

    [Fact]
    public void Long_names_are_cut_with_a_stable_hash_of_the_whole()
    {
        var words = string.Join(" ", Enumerable.Range(0, 40).Select(i => "Word" + i));

        var id = CSharpIdentifier.From(words);

        Assert.Equal(CSharpIdentifier.MaxLength, id.Length);
        Assert.StartsWith("Word0Word1Word2", id);
        Assert.Matches("_[0-9a-f]{8}$", id);
        Assert.Equal(id, CSharpIdentifier.From(words));
        Assert.NotEqual(id, CSharpIdentifier.From(words + " Word40"));
        Assert.True(CSharpIdentifier.IsShortened(id));
        Assert.True(CSharpIdentifier.IsShortened(id + "2"));
    }

    [Fact]
    public void Names_up_to_the_limit_are_kept_and_not_marked_shortened()
    {
        var name = new string('A', CSharpIdentifier.MaxLength);

        Assert.Equal(name, CSharpIdentifier.From(name));
        Assert.False(CSharpIdentifier.IsShortened(name));
    }

    [Fact]
    public void A_long_requested_name_is_shortened_too()
    {
        Assert.Equal(CSharpIdentifier.MaxLength, CSharpIdentifier.FromRequested(new string('b', 10_000)).Length);
    }
}
