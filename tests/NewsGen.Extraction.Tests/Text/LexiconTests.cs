using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class LexiconTests
{
    [Theory]
    [InlineData("Gen", true)]
    [InlineData("GEN", true)]
    [InlineData("approx", true)]
    [InlineData("Approx", true)]
    [InlineData("Sat", true)]
    [InlineData("sat", false)]
    [InlineData("gen", false)]
    [InlineData("Lieut", true)]
    [InlineData("Sir", false)]
    [InlineData("walked", false)]
    [InlineData("", false)]
    public void An_abbreviation_matches_as_listed_capitalized_or_in_capitals_but_never_lowercased(string word, bool expected) =>
        Assert.Equal(expected, Lexicon.IsAbbreviation(word));

    [Fact]
    public void An_abbreviation_is_found_in_place_inside_a_longer_text()
    {
        const string text = "met Sen. Abara";

        Assert.True(Lexicon.IsAbbreviation(text, 4, 3));
        Assert.False(Lexicon.IsAbbreviation(text, 0, 3));
    }

    [Fact]
    public void A_speech_verb_form_of_any_mark_is_found_in_place_in_any_case()
    {
        const string text = "Critics Commented and TWEETS followed the walk";

        Assert.True(Lexicon.IsSpeechVerbForm(text, 8, 9));
        Assert.True(Lexicon.IsSpeechVerbForm(text, 22, 6));
        Assert.False(Lexicon.IsSpeechVerbForm(text, 0, 7));
        Assert.False(Lexicon.IsSpeechVerbForm(text, 42, 4));
    }

    [Fact]
    public void Speech_verbs_come_from_one_list_with_nouns_and_speaker_cues_marked()
    {
        Assert.Contains("commented", Lexicon.SpeechVerbs);
        Assert.Contains("commented", Lexicon.SpeakerCueVerbs);
        Assert.Contains("comments", Lexicon.AmbiguousSpeechVerbs);
        Assert.DoesNotContain("comments", Lexicon.SpeechVerbs);
        Assert.Contains("said", Lexicon.SpeakerCueVerbs);
        Assert.Contains("reported", Lexicon.SpeechVerbs);
        Assert.DoesNotContain("reported", Lexicon.SpeakerCueVerbs);
    }

    [Theory]
    [InlineData('”', true)]
    [InlineData('’', true)]
    [InlineData(')', true)]
    [InlineData('›', true)]
    [InlineData('“', false)]
    [InlineData('(', false)]
    public void Closing_marks_are_one_set(char c, bool expected) => Assert.Equal(expected, Lexicon.IsClosingMark(c));

    [Theory]
    [InlineData('"', true)]
    [InlineData('„', true)]
    [InlineData('«', true)]
    [InlineData('\'', false)]
    public void Double_quotation_marks_of_every_style_are_quotation_marks(char c, bool expected) =>
        Assert.Equal(expected, Lexicon.IsDoubleQuoteMark(c));

    [Fact]
    public void Month_names_are_read_in_calendar_order_with_their_short_forms_longer_first()
    {
        Assert.Equal(12, Lexicon.MonthNames.Count);
        Assert.Equal("January", Lexicon.MonthNames[0]);
        Assert.Equal("September", Lexicon.MonthNames[8]);
        Assert.Equal(new[] { "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec" }, Lexicon.MonthAbbreviations);
    }

    [Fact]
    public void Weekday_names_are_read_from_monday()
    {
        Assert.Equal(new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" }, Lexicon.WeekdayNames);
    }

    [Theory]
    [InlineData("Sept")]
    [InlineData("Dec")]
    [InlineData("Thurs")]
    [InlineData("Tue")]
    public void The_short_forms_of_months_and_weekdays_are_abbreviations(string word) =>
        Assert.True(Lexicon.IsAbbreviation(word));
}
