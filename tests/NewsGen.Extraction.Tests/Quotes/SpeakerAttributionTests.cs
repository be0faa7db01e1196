using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class SpeakerAttributionTests
{
    private static readonly NewsGen.Extraction.Entities.EntitySet People = EntitiesOf(
        "Person:Khalaf Khalafov|Khalafov",
        "Person:Hikmet Hajiyev|Hajiyev",
        "Person:Maria Lopez|Lopez",
        "Person:John Carter",
        "Org:RT",
        "Org:New York Post|The Post");

    [Fact]
    public void Inverted_speech_verb_after_the_quote_names_the_speaker()
    {
        var result = Extract(People, "\u201cI think that this is an indicator of our influence,\u201d added Khalafov.");

        Assert.Equal("Khalaf Khalafov", result.SpeakerOf("I think"));
    }

    [Fact]
    public void Subject_and_speech_verb_after_the_quote_name_the_speaker()
    {
        var result = Extract(People, "\u201cAzerbaijan is a platform for dialogue,\u201d Hajiyev noted.");

        Assert.Equal("Hikmet Hajiyev", result.SpeakerOf("Azerbaijan"));
    }

    [Fact]
    public void Speaker_before_the_quote_with_a_speech_verb()
    {
        var result = Extract(
            People,
            "Maria Lopez said: \u201cThe budget will be balanced next year.\u201d",
            "John Carter called the plan \u201ca recipe for disaster\u201d in an interview.");

        Assert.Equal("Maria Lopez", result.SpeakerOf("The budget"));
        Assert.Equal("John Carter", result.SpeakerOf("a recipe"));
    }

    [Fact]
    public void According_to_names_an_organization_speaker()
    {
        var result = Extract(
            People,
            "The generals will focus on preventing incidents \u201ccaused by a possible misinterpretation of actions\u201d, according to the Russian television RT.");

        Assert.Equal("RT", result.SpeakerOf("caused by"));
    }

    [Fact]
    public void An_organization_can_be_the_subject_of_a_speech_verb()
    {
        var result = Extract(People, "The New York Post reports that the team wanted to \u201ckeep the details under wraps.\u201d");

        Assert.Equal("New York Post", result.SpeakerOf("keep the details"));
    }

    [Fact]
    public void A_name_in_apposition_after_the_verb_is_the_speaker_not_the_organization()
    {
        var result = Extract(
            EntitiesOf("Person:Donna Brazile|Brazile", "Org:Democratic National Committee"),
            "\u201cThat speech went beyond the room,\u201d said Donna Brazile, the interim chairwoman of the Democratic National Committee.");

        Assert.Equal("Donna Brazile", result.SpeakerOf("That speech"));
    }

    [Fact]
    public void A_title_and_a_parenthesis_around_the_name_are_skipped()
    {
        var result = Extract(
            EntitiesOf("Person:Gwen Moore|Moore"),
            "\u201cIt is a dog whistle to all Americans,\u201d Rep. Gwen Moore (D-Wis.) said Friday.");

        Assert.Equal("Gwen Moore", result.SpeakerOf("It is"));
    }

    [Fact]
    public void A_cue_naming_someone_unknown_gives_no_speaker_rather_than_a_neighbour()
    {
        var result = Extract(
            People,
            "Maria Lopez spoke first. \u201cWe are ready for the vote,\u201d a source close to the talks said.");

        Assert.Null(result.SpeakerOf("We are ready"));
    }

    [Fact]
    public void A_pronoun_resolves_to_the_most_recent_person_of_its_gender()
    {
        var result = Extract(
            People,
            "John Carter met Maria Lopez on Monday. Lopez said her party would vote for the bill.",
            "\u201cWe are ready for the vote,\u201d she said.",
            "Carter said his own party was still divided and that he would decide later.",
            "\u201cWe need more time to read the bill,\u201d he said.");

        Assert.Equal("Maria Lopez", result.SpeakerOf("We are ready"));
        Assert.Equal("John Carter", result.SpeakerOf("We need"));
    }

    [Fact]
    public void A_pronoun_before_the_quote_resolves_to_the_previous_paragraph()
    {
        var result = Extract(
            People,
            "Hikmet Hajiyev called Baku \u201cthe diplomatic capital of the region\u201d.",
            "He noted that his country has good relations with both and that \u201cthe agenda of the cooperation is broad.\u201d");

        Assert.Equal("Hikmet Hajiyev", result.SpeakerOf("the diplomatic"));
        Assert.Equal("Hikmet Hajiyev", result.SpeakerOf("the agenda"));
    }

    [Fact]
    public void Both_pieces_of_an_interrupted_quote_share_the_speaker()
    {
        var result = Extract(People, "\u201cThe plan is ready,\u201d Lopez said, \u201cand it will be presented on Monday.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("The plan"));
        Assert.Equal("Maria Lopez", result.SpeakerOf("and it will"));
    }

    [Fact]
    public void Later_quotes_in_the_paragraph_keep_the_speaker()
    {
        var result = Extract(People, "\u201cThe plan is ready,\u201d Lopez said. \u201cIt will be presented on Monday.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("It will"));
    }

    [Fact]
    public void Attribution_continues_into_a_paragraph_of_quotes_by_the_same_speaker()
    {
        var result = Extract(
            People,
            "\u201cThe plan is ready,\u201d Lopez said.",
            "\u201cIt will be presented on Monday and voted on Friday.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("It will"));
    }

    [Fact]
    public void A_multi_paragraph_quote_has_one_speaker()
    {
        var result = Extract(
            People,
            "Carter said: \u201cWe have worked on this for years and we will not stop now.",
            "\u201cThe people deserve an answer.\u201d");

        Assert.Equal("John Carter", result.SpeakerOf("We have"));
        Assert.Equal("John Carter", result.SpeakerOf("The people"));
    }

    [Fact]
    public void A_short_quote_with_its_own_cue_passes_the_speaker_on()
    {
        var result = Extract(People, "\u201cI would,\u201d Lopez said to the crowd. \u201cI would do it all again.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("I would do"));
    }

    [Fact]
    public void A_dash_credit_after_the_quote_names_the_speaker()
    {
        var result = Extract(People, "\u201cThe most unqualified candidate to ever run for office.\u201d \u2015 Maria Lopez");

        Assert.Equal("Maria Lopez", result.SpeakerOf("The most"));
    }

    [Fact]
    public void The_agent_of_a_passive_speech_verb_is_the_speaker()
    {
        var result = Extract(People, "\u201cLetters from the front line\u201d was written by John Carter in 1999.");

        Assert.Equal("John Carter", result.SpeakerOf("Letters"));
    }

    [Fact]
    public void An_attribution_clause_at_the_end_of_the_sentence_covers_a_fragment_in_it()
    {
        var result = Extract(People, "A cashier who \u201csteals a handful of bills\u201d is held accountable, Lopez said.");

        Assert.Equal("Maria Lopez", result.SpeakerOf("steals"));
    }

    [Fact]
    public void A_speech_verb_in_a_relative_clause_does_not_take_the_quote()
    {
        var result = Extract(
            People,
            "Maria Lopez mocked the complaint, saying anybody who complains about a microphone \u201cis not having a good night.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("is not having"));
    }

    [Fact]
    public void A_noun_that_looks_like_a_speech_verb_is_not_one()
    {
        var result = Extract(
            People,
            "Maria Lopez says John Carter\u2019s flurry of late-night tweets was \u201cunhinged, even for him.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("unhinged"));
    }

    [Fact]
    public void The_subject_of_a_sentence_without_a_speech_verb_speaks_its_fragment()
    {
        var result = Extract(People, "In July, Carter dismissed the proposal as being \u201cdead on arrival in the Senate\u201d during a rally.");

        Assert.Equal("John Carter", result.SpeakerOf("dead on arrival"));
    }

    [Fact]
    public void A_clause_after_a_fragment_that_starts_with_a_conjunction_is_not_its_attribution()
    {
        var result = Extract(
            People,
            "Carter exhorted the delegates to \u201cvote your conscience\u201d and said Lopez was standing on principle.");

        Assert.Equal("John Carter", result.SpeakerOf("vote your"));
    }

    [Fact]
    public void A_speaker_whose_name_is_not_an_entity_is_null()
    {
        var result = Extract(People, "\u201cWe were there under legitimate pretenses,\u201d Figueroa told reporters.");

        Assert.Null(result.SpeakerOf("We were there"));
    }

    [Fact]
    public void A_participle_right_after_the_quote_leaves_the_speaker_to_the_sentence_before()
    {
        var result = Extract(
            EntitiesOf("Org:Peabody"),
            "In a statement, Peabody said: \u201cThe company was highly successful when it became independent,\u201d adding that its value quadrupled.");

        Assert.Equal("Peabody", result.SpeakerOf("The company"));
    }

    [Fact]
    public void An_infinitive_speech_verb_takes_the_subject_of_the_sentence()
    {
        var result = Extract(People, "Lopez spoke, going on to say that the country has spent \u201chundreds of years fighting racism.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("hundreds"));
    }

    [Fact]
    public void A_name_after_a_descriptor_with_a_slash_is_found()
    {
        var result = Extract(
            EntitiesOf("Person:Terry Strada|Strada"),
            "\u201cThe rationales to veto the bill do not hold weight,\u201d said 9/11 widow Terry Strada.");

        Assert.Equal("Terry Strada", result.SpeakerOf("The rationales"));
    }

    [Fact]
    public void A_shared_surname_goes_to_the_person_last_named_in_full()
    {
        var result = Extract(
            EntitiesOf("Person:Ted Cruz|Cruz", "Person:Heidi Cruz|Cruz"),
            "Heidi Cruz spoke first, then Ted Cruz took the stage.",
            "\u201cI will vote for the nominee,\u201d Cruz said.");

        Assert.Equal("Ted Cruz", result.SpeakerOf("I will vote"));
    }

    [Fact]
    public void A_sentence_opening_with_the_speech_verb_names_the_speaker_after_it()
    {
        var result = Extract(People, "Experts disagree. Said Lopez: \u201cI do not see any interest in tax reform.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("I do not"));
    }

    [Fact]
    public void An_object_pronoun_after_a_name_does_not_make_the_name_male()
    {
        var result = Extract(
            People,
            "Maria Lopez scolded him at the hearing.",
            "\u201cThe scientific community is against you,\u201d she said.");

        Assert.Equal("Maria Lopez", result.SpeakerOf("The scientific"));
    }
}
