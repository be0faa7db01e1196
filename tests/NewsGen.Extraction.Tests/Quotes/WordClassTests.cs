using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

/// <summary>The exceptions each quote rule makes to the word classes it reads.</summary>
public class WordClassTests
{
    private static readonly NewsGen.Extraction.Entities.EntitySet Harbour = EntitiesOf("Person:Petra Nilsen|Nilsen", "Person:Aron Brandt|Brandt");

    [Theory]
    [InlineData("She often claims \u201cthe pier is unsafe\u201d in town.", true)]
    [InlineData("She later claims \u201cthe pier is unsafe\u201d in town.", true)]
    [InlineData("She cited claims \u201cthe pier is unsafe\u201d in town.", false)]
    public void A_word_that_is_also_a_noun_is_a_speech_verb_after_a_subject_and_any_verb_adverb(string sentence, bool isVerb)
    {
        Assert.Equal(isVerb, IsSpeechVerb(sentence, "claims"));
    }

    [Fact]
    public void Been_before_a_speech_verb_makes_it_a_passive_whose_subject_does_not_speak()
    {
        var result = Extract(
            EntitiesOf("Org:Harbour Board"),
            "The Harbour Board met on Monday. It has been called \u201ca gift to every family on the island\u201d in town.");

        Assert.Null(result.SpeakerOf("a gift"));
    }

    [Fact]
    public void Am_before_a_speech_verb_and_by_after_it_make_the_agent_the_speaker()
    {
        var result = Extract(Harbour, "\u201cThe old pier will hold for years,\u201d I am told by Nilsen.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("The old pier"));
    }

    [Theory]
    [InlineData("Brandt rejected the claims that the pier is unsafe.", false)]
    [InlineData("Brandt rejected their claims that the pier is unsafe.", false)]
    [InlineData("It is Brandt that claims that the pier is unsafe.", true)]
    public void A_word_that_is_also_a_noun_is_no_speech_verb_after_a_determiner_but_that_is_no_determiner(string sentence, bool isVerb)
    {
        Assert.Equal(isVerb, IsSpeechVerb(sentence, "claims"));
    }

    [Fact]
    public void A_name_after_any_preposition_is_not_the_subject_of_its_sentence()
    {
        var result = Extract(Harbour, "Harbour costs rose despite Nilsen, who pushed for \u201ca second pier for the winter ferries\u201d in town.");

        Assert.Null(result.SpeakerOf("a second pier"));
    }

    [Theory]
    [InlineData("But")]
    [InlineData("Or")]
    [InlineData("Meanwhile")]
    public void A_coordinator_or_linking_adverb_opening_a_sentence_is_skipped_for_its_subject(string opener)
    {
        var result = Extract(Harbour, $"Nilsen spoke at the pier on Monday. {opener} she pushed for \u201ca second pier for the winter ferries\u201d in town.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("a second pier"));
    }

    [Theory]
    [InlineData("Despite the storm")]
    [InlineData("Following the storm")]
    [InlineData("Within hours")]
    public void A_preposition_or_scene_setter_opening_a_sentence_puts_its_subject_after_the_comma(string phrase)
    {
        var result = Extract(Harbour, $"Nilsen spoke at the pier on Monday. {phrase} at the pier, she pushed for \u201ca second pier for the winter ferries\u201d in town.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("a second pier"));
    }

    [Fact]
    public void Among_opening_a_sentence_whose_subject_follows_its_verb_opens_no_skipped_phrase()
    {
        var result = Extract(Harbour, "Among the guests at the pier was Nilsen, who called the plan \u201ca gift to every family on the island.\u201d");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("a gift"));
    }

    [Fact]
    public void To_opening_an_infinitive_of_purpose_opens_no_skipped_phrase()
    {
        var result = Extract(
            EntitiesOf("Org:Ferry Union", "Org:Harbour Board"),
            "The Ferry Union met on Monday.",
            "To settle the matter, they turned to the Harbour Board, which reported \u201ca second pier for the winter ferries\u201d in its plan.");

        Assert.Equal("Harbour Board", result.SpeakerOf("a second pier"));
    }

    [Fact]
    public void By_after_a_speaker_description_does_not_end_the_phrase_so_the_name_after_it_speaks()
    {
        var result = Extract(
            EntitiesOf("Org:Harbour Gazette"),
            "\u201cThe old pier will hold for years,\u201d said an engineer quoted by the Harbour Gazette.");

        Assert.Equal("Harbour Gazette", result.SpeakerOf("The old pier"));
    }

    [Fact]
    public void Without_after_a_speaker_name_ends_the_phrase_as_any_preposition_does()
    {
        var result = Extract(Harbour, "\u201cThe old pier will hold for years,\u201d said Nilsen without Brandt at her side.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("The old pier"));
    }

    [Fact]
    public void Nor_after_a_quote_lets_the_speech_verb_that_follows_attribute_it()
    {
        var result = Extract(Harbour, "\u201cThe old pier will hold for years,\u201d nor any crack in the stone, Nilsen added.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("The old pier"));
    }

    [Fact]
    public void As_opening_a_sentence_opens_a_clause_whose_subject_speaks_the_quote()
    {
        var result = Extract(Harbour, "As Nilsen went on about \u201cthe fees at the old ferry pier,\u201d Brandt said nothing at all.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("the fees"));
    }

    [Fact]
    public void If_opening_a_sentence_is_a_condition_so_the_main_clause_names_the_speaker()
    {
        var result = Extract(Harbour, "If Nilsen goes on about \u201cthe fees at the old ferry pier,\u201d Brandt said he would leave.");

        Assert.Equal("Aron Brandt", result.SpeakerOf("the fees"));
    }

    [Theory]
    [InlineData("as")]
    [InlineData("since")]
    public void As_or_since_inside_a_sentence_opens_no_clause_so_the_name_after_it_is_the_subject(string word)
    {
        var result = Extract(Harbour, $"Harbour costs rose sharply {word} Nilsen pushed for \u201ca second pier for the winter ferries\u201d in town.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("a second pier"));
    }

    [Fact]
    public void While_inside_a_sentence_opens_a_clause_whose_subject_is_not_the_sentence_subject()
    {
        var result = Extract(Harbour, "Harbour costs rose sharply while Nilsen pushed for \u201ca second pier for the winter ferries\u201d in town.");

        Assert.Null(result.SpeakerOf("a second pier"));
    }

    [Fact]
    public void And_after_a_quote_goes_on_with_the_sentence_rather_than_attribute_the_quote()
    {
        var result = Extract(Harbour, "Nilsen called the plan \u201ca gift to every family on the island,\u201d and Brandt said nothing.");

        Assert.Equal("Petra Nilsen", result.SpeakerOf("a gift"));
    }

    [Fact]
    public void Who_before_a_speech_verb_puts_the_verb_in_a_relative_clause()
    {
        var result = Extract(Harbour, "Brandt thanked the divers, who said \u201cthe old pier will hold for years\u201d after the storm.");

        Assert.Equal("Aron Brandt", result.SpeakerOf("the old pier"));
    }

    [Fact]
    public void A_word_ending_is_compared_in_place_with_the_case_rule_asked_for()
    {
        var paragraph = WordsOf("The keeper quietly WASN'T counting.");
        var quietly = TokenOf(paragraph, "quietly");
        var wasNot = TokenOf(paragraph, "WASN'T");

        Assert.True(paragraph.EndsWith(quietly, "ly"));
        Assert.False(paragraph.EndsWith(quietly, "quietlyly"));
        Assert.False(paragraph.EndsWith(wasNot, "n't"));
        Assert.True(paragraph.EndsWith(wasNot, "n't", System.StringComparison.OrdinalIgnoreCase));
        Assert.True(VerbContext.IsAdverb(paragraph, quietly));
        Assert.True(VerbContext.IsParticiple(paragraph, TokenOf(paragraph, "counting")));
    }

    [Fact]
    public void A_word_of_a_set_is_found_in_place_with_the_set_s_case_rule()
    {
        var paragraph = WordsOf("AND the keeper slept under the bridge, Under orders.");

        Assert.True(paragraph.IsIn(TokenOf(paragraph, "under"), FunctionWords.Prepositions));
        Assert.False(paragraph.IsIn(TokenOf(paragraph, "Under"), FunctionWords.Prepositions));
        Assert.False(paragraph.IsIn(TokenOf(paragraph, "keeper"), FunctionWords.Prepositions));
        Assert.False(paragraph.IsIn(TokenOf(paragraph, "bridge") + 1, FunctionWords.Prepositions));
        Assert.True(paragraph.IsIn(TokenOf(paragraph, "AND"), FunctionWords.Openers));
    }

    /// <summary>Whether <paramref name="word"/> in the one-paragraph <paramref name="sentence"/> reads as a speech verb.</summary>
    private static bool IsSpeechVerb(string sentence, string word)
    {
        var paragraph = WordsOf(sentence);
        return paragraph.IsSpeechVerb(TokenOf(paragraph, word));
    }

    private static ParagraphWords WordsOf(string sentence)
    {
        var document = SourceDocument.Create("test.txt", "Title\n\n" + sentence + "\n");
        var structure = StructureReader.Read(document, 0, ExtractionOptions.Default);
        return new ParagraphWords(structure.Paragraphs[0], 0, structure.Text);
    }

    private static int TokenOf(ParagraphWords paragraph, string word) =>
        Enumerable.Range(0, paragraph.Tokens.Length).Single(t => paragraph.IsWord(t) && paragraph[t] == word);
}
