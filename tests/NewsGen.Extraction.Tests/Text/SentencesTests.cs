using System.Linq;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

public class SentencesTests
{
    private static string[] Split(string text) => Sentences.In(text).Select(s => text.Substring(s.Start, s.End - s.Start)).ToArray();

    [Fact]
    public void Sentences_split_after_terminal_punctuation_but_not_after_initials_or_titles()
    {
        const string text = "Gen. Dorian M. Smith met the U.S. envoy. “It went well,” he said. Talks resume in 2019! Done";

        var sentences = Sentences.In(text).Select(s => text.Substring(s.Start, s.End - s.Start)).ToArray();

        Assert.Equal(["Gen. Dorian M. Smith met the U.S. envoy.", "“It went well,” he said.", "Talks resume in 2019!", "Done"], sentences);
    }

    [Fact]
    public void Sentences_keep_abbreviations_of_any_case_and_end_after_closing_quotes()
    {
        const string text = "The talks lasted approx. Two hours on Sept. 3. He said: “We agree.” Then he left.";

        var sentences = Sentences.In(text).Select(s => text.Substring(s.Start, s.End - s.Start)).ToArray();

        Assert.Equal(["The talks lasted approx. Two hours on Sept. 3.", "He said: “We agree.”", "Then he left."], sentences);
    }

    [Fact]
    public void A_weekday_abbreviation_does_not_end_a_sentence_but_the_same_letters_as_a_verb_do()
    {
        Assert.Equal(["The vote is on Sat. Jan. 9 at noon."], Split("The vote is on Sat. Jan. 9 at noon."));
        Assert.Equal(["Everyone sat.", "Nobody spoke."], Split("Everyone sat. Nobody spoke."));
    }

    [Fact]
    public void A_sentence_ends_after_a_closing_single_guillemet()
    {
        Assert.Equal(["He wrote ‹Enough.›", "Then he left."], Split("He wrote ‹Enough.› Then he left."));
    }

    [Fact]
    public void A_question_or_exclamation_in_a_quotation_before_a_lowercase_attribution_does_not_end_the_sentence()
    {
        Assert.Equal(["\u201cWhy wait?\u201d she asked the pilot.", "The ferry left."], Split("\u201cWhy wait?\u201d she asked the pilot. The ferry left."));
        Assert.Equal(["\"Not again!\" groaned a driver.", "Nobody moved."], Split("\"Not again!\" groaned a driver. Nobody moved."));
    }

    [Fact]
    public void A_quotation_that_ends_its_sentence_keeps_its_closing_mark_when_a_capital_follows()
    {
        Assert.Equal(["\u201cThe bridge is shut.\u201d", "Drivers turned back."], Split("\u201cThe bridge is shut.\u201d Drivers turned back."));
    }
}
