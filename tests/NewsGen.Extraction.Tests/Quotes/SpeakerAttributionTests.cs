using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class SpeakerAttributionTests
{
    private static readonly NewsGen.Extraction.Entities.EntitySet Harbour = EntitiesOf("Person:Oskar Lindqvist|Lindqvist", "Person:Greta Holm|Holm");

    private static readonly NewsGen.Extraction.Entities.EntitySet Skiers = EntitiesOf("Person:Ingrid Solberg|Solberg", "Person:Tomas Varga|Varga");

    private static readonly NewsGen.Extraction.Entities.EntitySet People = EntitiesOf(
        "Person:Senka Ilievski|Ilievski",
        "Person:Anatol Vrabie|Vrabie",
        "Person:Maria Lopez|Lopez",
        "Person:John Carter",
        "Org:KTV",
        "Org:Leeds Herald|The Herald");

    [Theory]
    [InlineData("told")]
    [InlineData("praised")]
    public void A_name_after_a_verb_whose_object_is_the_listener_is_no_inverted_speaker(string verb)
    {
        var entities = EntitiesOf("Person:Anneli Varis|Varis", "Org:Nordic Wire");
        var result = Extract(
            entities,
            "\u201cThe mill will reopen in spring,\u201d Anneli Varis, a union organiser, " + verb + " Nordic Wire. \u201cNobody will be laid off.\u201d");

        Assert.Equal("Anneli Varis", result.SpeakerOf("Nobody"));
    }

    [Theory]
    [InlineData("\u201cWe will not sell the yard,\u201d Nordic Wire quoted dock manager Anneli Varis as saying.", "We will")]
    [InlineData("Nordic Wire quoted dock manager Anneli Varis as saying: \u201cWe will not sell the yard.\u201d", "We will")]
    [InlineData("Nordic Wire quoted dock manager Anneli Varis as saying the yard was safe. \u201cWe will not sell it.\u201d", "We will")]
    public void The_one_a_paper_quotes_as_saying_speaks_not_the_paper(string paragraph, string quoteStart)
    {
        var entities = EntitiesOf("Person:Anneli Varis|Varis", "Org:Nordic Wire");

        Assert.Equal("Anneli Varis", Extract(entities, paragraph).SpeakerOf(quoteStart));
    }

    [Fact]
    public void An_unnamed_source_a_paper_quotes_as_saying_leaves_the_speaker_unknown()
    {
        var entities = EntitiesOf("Org:Nordic Wire");

        Assert.Null(Extract(entities, "\u201cThe yard is safe,\u201d Nordic Wire quoted a port official as saying.").SpeakerOf("The yard"));
    }

    [Fact]
    public void A_verb_that_takes_the_quote_as_its_object_can_still_put_its_speaker_after_it()
    {
        var entities = EntitiesOf("Person:Anneli Varis|Varis", "Person:Pekka Salo|Salo");
        var result = Extract(entities, "Pekka Salo was asked to stay. \u201cPlease think again,\u201d implored Anneli Varis.");

        Assert.Equal("Anneli Varis", result.SpeakerOf("Please"));
    }

    [Fact]
    public void Inverted_speech_verb_after_the_quote_names_the_speaker()
    {
        var result = Extract(People, "\u201cI believe the harbour deal shows how far we have come,\u201d added Ilievski.");

        Assert.Equal("Senka Ilievski", result.SpeakerOf("I believe"));
    }

    [Fact]
    public void Subject_and_speech_verb_after_the_quote_name_the_speaker()
    {
        var result = Extract(People, "\u201cMoldova is a bridge between two markets,\u201d Vrabie noted.");

        Assert.Equal("Anatol Vrabie", result.SpeakerOf("Moldova"));
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
            "The ministers will focus on fishing quotas \u201cagreed by both coastal states last year\u201d, according to the Chilean television KTV.");

        Assert.Equal("KTV", result.SpeakerOf("agreed by"));
    }

    [Fact]
    public void An_organization_can_be_the_subject_of_a_speech_verb()
    {
        var result = Extract(People, "The Leeds Herald reports that the club wanted to \u201ckeep the transfer fee quiet.\u201d");

        Assert.Equal("Leeds Herald", result.SpeakerOf("keep the transfer"));
    }

    [Fact]
    public void A_name_in_apposition_after_the_verb_is_the_speaker_not_the_organization()
    {
        var result = Extract(
            EntitiesOf("Person:Odile Ferrand|Ferrand", "Org:Regional Farmers Council"),
            "\u201cThat vote changed the whole campaign,\u201d said Odile Ferrand, the interim chairwoman of the Regional Farmers Council.");

        Assert.Equal("Odile Ferrand", result.SpeakerOf("That vote"));
    }

    [Fact]
    public void A_title_and_a_parenthesis_around_the_name_are_skipped()
    {
        var result = Extract(
            EntitiesOf("Person:Alma Thistlewood|Thistlewood"),
            "\u201cIt is an insult to every nurse in the state,\u201d Rep. Alma Thistlewood (D-Ore.) said Friday.");

        Assert.Equal("Alma Thistlewood", result.SpeakerOf("It is"));
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
            "Anatol Vrabie called Mombasa \u201cthe trading heart of the coast\u201d.",
            "He noted that his town has close ties with both ports and that \u201cthe list of shared projects is long.\u201d");

        Assert.Equal("Anatol Vrabie", result.SpeakerOf("the trading"));
        Assert.Equal("Anatol Vrabie", result.SpeakerOf("the list"));
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
    public void A_quote_after_a_dash_credit_takes_the_next_credit_in_its_paragraph()
    {
        var result = Extract(
            People,
            "\u201cHe answers to no one.\u201d \u2015 John Carter \u201cNobody wants a bully as a leader.\u201d And that is all he has, \u201cthe root of all evil.\u201d \u2015 Maria Lopez");

        Assert.Equal("John Carter", result.SpeakerOf("He answers"));
        Assert.Equal("Maria Lopez", result.SpeakerOf("Nobody wants"));
    }

    [Fact]
    public void A_quote_after_a_speech_verb_keeps_its_speaker_before_a_later_credit()
    {
        var result = Extract(
            People,
            "\u201cHe answers to no one,\u201d Carter said. \u201cNobody wants a bully as a leader.\u201d And then came \u201cthe root of all evil.\u201d \u2015 Maria Lopez");

        Assert.Equal("John Carter", result.SpeakerOf("Nobody wants"));
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
            "Maria Lopez waved off the criticism, saying anyone who complains about the ferry \u201cis simply looking for an excuse.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("is simply looking"));
    }

    [Fact]
    public void A_noun_that_looks_like_a_speech_verb_is_not_one()
    {
        var result = Extract(
            People,
            "Maria Lopez says John Carter\u2019s burst of midnight tweets was \u201creckless, even for him.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("reckless"));
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
            "Carter urged the members to \u201ctrust your own judgment\u201d and said Lopez was acting on principle.");

        Assert.Equal("John Carter", result.SpeakerOf("trust your"));
    }

    [Fact]
    public void A_speaker_whose_name_is_not_an_entity_is_null()
    {
        var result = Extract(People, "\u201cWe were invited there by the owners,\u201d Valcourt told reporters.");

        Assert.Null(result.SpeakerOf("We were invited"));
    }

    [Fact]
    public void A_participle_right_after_the_quote_leaves_the_speaker_to_the_sentence_before()
    {
        var result = Extract(
            EntitiesOf("Org:Brightwater"),
            "In a statement, Brightwater said: \u201cThe firm grew quickly once it stood on its own,\u201d adding that its value tripled.");

        Assert.Equal("Brightwater", result.SpeakerOf("The firm"));
    }

    [Fact]
    public void An_infinitive_speech_verb_takes_the_subject_of_the_sentence()
    {
        var result = Extract(People, "Lopez spoke, going on to say that the town has waited \u201cdecades for a proper bridge.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("decades"));
    }

    [Fact]
    public void A_name_after_a_descriptor_with_a_slash_is_found()
    {
        var result = Extract(
            EntitiesOf("Person:Nadine Halloway|Halloway"),
            "\u201cThe reasons to close the clinic do not stand up,\u201d said 9/11 survivor Nadine Halloway.");

        Assert.Equal("Nadine Halloway", result.SpeakerOf("The reasons"));
    }

    [Fact]
    public void A_shared_surname_goes_to_the_person_last_named_in_full()
    {
        var result = Extract(
            EntitiesOf("Person:Rafael Montero|Montero", "Person:Lucia Montero|Montero"),
            "Lucia Montero spoke first, then Rafael Montero took the stage.",
            "\u201cI will back the new budget,\u201d Montero said.");

        Assert.Equal("Rafael Montero", result.SpeakerOf("I will back"));
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

    [Fact]
    public void A_pronoun_in_a_new_sentence_prefers_the_subject_of_the_previous_one()
    {
        var result = Extract(
            EntitiesOf("Person:Conrad Ashby|Ashby", "Person:Milo Drummond|Drummond"),
            "Mr Ashby was asked why Mr Drummond had been allowed to step down. He replied: \u201cThe board decided a change was overdue.\u201d");

        Assert.Equal("Conrad Ashby", result.SpeakerOf("The board"));
    }

    [Fact]
    public void A_pronoun_passes_over_a_sentence_opening_with_the_same_pronoun()
    {
        var result = Extract(
            EntitiesOf("Person:Conrad Ashby|Ashby", "Person:Milo Drummond|Drummond"),
            "Mr Ashby spoke on Thursday. He added that he had been open when he announced Mr Drummond\u2019s departure.",
            "\u201cThe main question is whether we hire a new director,\u201d he added.");

        Assert.Equal("Conrad Ashby", result.SpeakerOf("The main"));
    }

    [Fact]
    public void A_speech_verb_before_an_earlier_quote_in_the_sentence_still_attributes_the_next_one()
    {
        var result = Extract(
            People,
            "Lopez said the mayor should know that when he said words that were \u201cout of line\u201d, they were sure to \u201ccome back to haunt him\u201d.");

        Assert.Equal("Maria Lopez", result.SpeakerOf("come back to"));
    }

    [Fact]
    public void A_participle_opening_the_sentence_leaves_the_fragment_to_the_main_clause_subject()
    {
        var result = Extract(
            People,
            "Maria Lopez wrote a book in 2003.",
            "After saying her foot was \u201cso swollen I could barely walk,\u201d she was \u201cwhisked off to the hospital\u201d for tests.");

        Assert.Equal("Maria Lopez", result.SpeakerOf("whisked"));
    }

    [Fact]
    public void A_quote_standing_alone_takes_the_speaker_of_the_sentence_before_it()
    {
        var result = Extract(
            EntitiesOf("Person:Edmund R. Halvard|Halvard"),
            "His former partner, Edmund R. Halvard, called him a master of deals. \"He proved time after time that he could close.\"");

        Assert.Equal("Edmund R. Halvard", result.SpeakerOf("He proved"));
    }

    [Fact]
    public void A_paragraph_opening_with_a_quote_takes_the_speaker_named_at_the_end_of_the_previous_one()
    {
        var result = Extract(
            EntitiesOf("Person:Gerald Pemberton|Pemberton"),
            "Every invoice must be kept for six years, said Mr Pemberton.",
            "\"When unsure, keep it, that has always been the rule of the office.\"");

        Assert.Equal("Gerald Pemberton", result.SpeakerOf("When unsure"));
    }

    [Fact]
    public void A_negated_speech_verb_names_no_speaker()
    {
        var result = Extract(
            People,
            "\u201cWe have had problems in the past,\u201d Carter said after the meeting. He did not suggest retaliation. \u201cOur goal is not to escalate.\u201d");

        Assert.Equal("John Carter", result.SpeakerOf("Our goal"));
    }

    [Fact]
    public void A_speech_verb_attributing_an_earlier_quote_lets_continuity_decide()
    {
        var result = Extract(
            EntitiesOf("Person:Moira Callender|Callender", "Person:Desmond Fairleigh|Fairleigh"),
            "\u201cThe danger will most likely come from smugglers,\u201d Ms Callender told the committee, which Desmond Fairleigh later praised.",
            "\u201cIt means that some of our patrols will be stretched thin.\u201d");

        Assert.Equal("Moira Callender", result.SpeakerOf("It means"));
    }

    [Fact]
    public void A_run_on_quote_takes_the_cue_of_its_own_piece_over_an_earlier_sentence()
    {
        var result = Extract(
            People,
            "Carter said the budget was too small.",
            "\"Short contracts keep young teachers from staying. \"It is plainly wrong to think otherwise,\" Lopez said.");

        Assert.Equal("Maria Lopez", result.SpeakerOf("Short contracts"));
        Assert.Equal("Maria Lopez", result.SpeakerOf("It is plainly"));
    }

    [Fact]
    public void A_possessive_in_the_subject_gives_way_to_the_name_in_apposition()
    {
        var result = Extract(
            EntitiesOf("Person:Reuben Penhallow|Penhallow", "Person:Wilma Ostrander|Ostrander"),
            "\"What a season for our coach!\" Penhallow's niece, city councilwoman Wilma Ostrander, shouted to the crowd.");

        Assert.Equal("Wilma Ostrander", result.SpeakerOf("What a season"));
    }

    [Fact]
    public void A_quote_standing_alone_takes_the_person_the_sentence_before_is_about()
    {
        var people = EntitiesOf("Person:Rosa Albers|Albers", "Person:Tomas Bedner|Bedner");

        var result = Extract(
            people,
            "Tomas Bedner chaired the meeting. Later Albers walked out of the hall in protest.",
            "\u201cNobody here listens to the farmers anymore.\u201d");

        Assert.Equal("Rosa Albers", result.SpeakerOf("Nobody here"));
    }

    [Fact]
    public void A_quote_after_a_sentence_that_holds_another_quote_keeps_that_quote_speaker()
    {
        var people = EntitiesOf("Person:Rosa Albers|Albers", "Person:Tomas Bedner|Bedner");

        var result = Extract(
            people,
            "Albers said the plan was \u201ca gift to the big growers\u201d and Bedner did not answer. \u201cWe will keep fighting it in every village.\u201d");

        Assert.Equal("Rosa Albers", result.SpeakerOf("We will keep"));
    }

    [Fact]
    public void A_generation_suffix_after_a_name_belongs_to_the_name()
    {
        var people = EntitiesOf("Person:Walter P. Ambrose|Ambrose");

        var result = Extract(
            people,
            "\u201cThe harbour needs dredging before winter,\u201d Walter P. Ambrose III, a trustee of the port, said on Monday. \u201cThe boats cannot wait.\u201d");

        Assert.Equal("Walter P. Ambrose", result.SpeakerOf("The harbour"));
        Assert.Equal("Walter P. Ambrose", result.SpeakerOf("The boats"));
    }

    [Fact]
    public void A_gendered_honorific_picks_the_family_member_of_that_gender()
    {
        var family = EntitiesOf("Person:Ingrid Sollberg|Sollberg", "Person:Ragnar Sollberg|Sollberg");

        var result = Extract(
            family,
            "Ingrid Sollberg and her brother Ragnar Sollberg opened the mill again this spring.",
            "\u201cThe river decides how much flour we make,\u201d Mrs Sollberg said.",
            "\u201cWe will sell to the bakeries first,\u201d said Mr. Sollberg.");

        Assert.Equal("Ingrid Sollberg", result.SpeakerOf("The river"));
        Assert.Equal("Ragnar Sollberg", result.SpeakerOf("We will sell"));
    }

    [Fact]
    public void The_name_set_off_after_a_title_phrase_is_the_speaker()
    {
        var people = EntitiesOf("Person:Karin Ekholm|Ekholm");

        var result = Extract(people, "\u201cThe lake is clean again after ten years,\u201d said the chair of the regional water board, Karin Ekholm, on Monday.");

        Assert.Equal("Karin Ekholm", result.SpeakerOf("The lake"));
    }

    [Fact]
    public void A_passive_speech_verb_after_the_speaker_does_not_take_the_quote()
    {
        var people = EntitiesOf("Person:Rosa Albers|Albers", "Person:Tomas Bedner|Bedner");

        var result = Extract(
            people,
            "\u201cThe audit is not optional,\u201d Albers said after Bedner missed the hearing he has formally been called to. \u201cHis papers are the heart of this inquiry.\u201d");

        Assert.Equal("Rosa Albers", result.SpeakerOf("His papers"));
    }

    [Fact]
    public void A_linking_word_inside_a_known_name_does_not_cut_the_speaker_phrase()
    {
        var result = Extract(
            EntitiesOf("Org:Board of Fisheries and Wildlife"),
            "According to a report filed by the Board of Fisheries and Wildlife, the company ran a \u201creckless and costly dredging scheme\u201d for years.");

        Assert.Equal("Board of Fisheries and Wildlife", result.SpeakerOf("reckless"));
    }

    [Fact]
    public void A_speech_introduced_by_a_colon_paragraph_goes_to_the_speaker_named_before_it()
    {
        var people = EntitiesOf("Person:Mara Quillfeather|Quillfeather");

        var result = Extract(
            people,
            "On Tuesday night Mara Quillfeather spoke to the delegates for forty minutes. Her remarks, in part:",
            "\u201cFriends, we came here with a promise. We kept it.\u201d",
            "\u201cSome said this valley could not change. They were wrong.\u201d");

        Assert.Equal("Mara Quillfeather", result.SpeakerOf("Friends"));
        Assert.Equal("Mara Quillfeather", result.SpeakerOf("Some said"));
    }

    [Fact]
    public void As_a_speaker_put_it_names_the_speaker_before_or_after_the_quote()
    {
        var result = Extract(
            People,
            "The rule demands a \u201cverified record of every shipment,\u201d as Maria Lopez put it in her memo.",
            "As John Carter once put it, \u201cthe harbor runs on patience and cheap coffee.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("verified record"));
        Assert.Equal("John Carter", result.SpeakerOf("the harbor"));
    }

    [Fact]
    public void A_quote_paragraph_takes_the_pronoun_subject_of_an_opening_clause_in_the_paragraph_before()
    {
        var result = Extract(
            People,
            "Maria Lopez spoke after the vote.",
            "Although she praised the mayor and called for calm, the council moved on.",
            "\u201cEvery district deserves the same water pressure.\u201d");

        Assert.Equal("Maria Lopez", result.SpeakerOf("Every district"));
    }

    [Fact]
    public void A_name_inside_a_clause_opened_later_in_the_sentence_is_not_the_subject_a_fragment_takes()
    {
        var result = Extract(
            EntitiesOf("Org:Harbor Kings"),
            "Crowds filled the square near the arena, where the Harbor Kings played last night, while chanting \u201cbring the cup home now.\u201d");

        Assert.Null(result.SpeakerOf("bring the cup"));
    }

    [Fact]
    public void A_speaker_described_by_role_is_the_person_last_named_with_that_role()
    {
        var people = EntitiesOf(
            "Person:Ilse Marten|Marten@Water Minister",
            "Person:Tomas Brandt|Brandt@Deputy Mayor",
            "Person:Greta Holm|Holm@Mayor");
        var result = Extract(
            people,
            "Water Minister Ilse Marten opened the new pumping station with Mayor Greta Holm and Deputy Mayor Tomas Brandt.",
            "The minister said: \u201cNo town on the river will run dry this summer.\u201d",
            "\u201cWe paid for every pipe ourselves,\u201d said the mayor.",
            "The Labour spokesman said the plan was \u201ca promise written on water.\u201d");

        Assert.Equal("Ilse Marten", result.SpeakerOf("No town"));
        Assert.Equal("Greta Holm", result.SpeakerOf("We paid"));
        Assert.Null(result.SpeakerOf("a promise written"));
    }

    [Fact]
    public void An_organization_named_after_its_kind_is_described_by_that_word_but_another_name_of_that_kind_is_no_description()
    {
        var entities = EntitiesOf("Org:Coastal Rail Alliance", "Org:Harbour Trust Alliance", "Org:Valley Walkers Alliance");
        var result = Extract(
            entities,
            "The Harbour Trust Alliance and the Coastal Rail Alliance met on Monday.",
            "The alliance said the timetable was \u201cbeyond any reasonable repair.\u201d",
            "The Valley Walkers Alliance said the plan, adding: \u201cNobody asked the people who walk these paths.\u201d");

        Assert.Equal("Coastal Rail Alliance", result.SpeakerOf("beyond any"));
        Assert.Equal("Valley Walkers Alliance", result.SpeakerOf("Nobody asked"));
    }

    [Fact]
    public void A_quoted_transcript_is_cut_into_turns_each_given_to_the_surname_of_its_label()
    {
        var result = Extract(
            EntitiesOf("Person:Ruth Okonkwo|Okonkwo"),
            "Ruth Okonkwo was interviewed on the morning programme. An excerpt:",
            "\"HOST: Will the ferry run through the winter?",
            "\"OKONKWO: It will run every day, storms permitting.",
            "\"We have two boats ready and a third being repaired.",
            "\"HOST: Thank you for joining us.\"");

        Assert.Null(result.SpeakerOf("Will the ferry"));
        Assert.Equal("Ruth Okonkwo", result.SpeakerOf("It will run"));
        Assert.Equal("Ruth Okonkwo", result.SpeakerOf("We have two boats"));
        Assert.Null(result.SpeakerOf("Thank you for"));
        Assert.DoesNotContain(result.Quotes, q => q.Text.StartsWith("OKONKWO", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Officials_of_an_organization_set_off_by_an_appositive_speak_for_it()
    {
        var result = Extract(
            EntitiesOf("Org:Lighthouse Service", "Org:Maritime Agency"),
            "Officials at Lighthouse Service, a branch of the Maritime Agency, said the lamps would be \u201crepaired before the storm season.\u201d");

        Assert.Equal("Lighthouse Service", result.SpeakerOf("repaired before"));
    }

    [Fact]
    public void A_quoted_question_before_a_lowercase_attribution_is_attributed_across_its_question_mark()
    {
        var people = EntitiesOf("Person:Dana Koller|Koller");
        var result = Extract(people, "\u201cWhy would anyone wait for the ferry?\u201d asked Dana Koller, who runs the harbour. \u201cIt never comes.\u201d");

        Assert.Equal("Dana Koller", result.SpeakerOf("Why would"));
    }

    [Fact]
    public void A_quoted_exclamation_before_a_pronoun_and_speech_verb_is_attributed_to_the_person_named_before()
    {
        var people = EntitiesOf("Person:Dana Koller|Koller");
        var result = Extract(people, "Dana Koller watched the pier.", "\u201cThe ferry is late again!\u201d she said.");

        Assert.Equal("Dana Koller", result.SpeakerOf("The ferry is late"));
    }

    [Fact]
    public void The_agent_after_a_quote_named_by_a_passive_speech_verb_is_the_speaker()
    {
        var result = Extract(
            Harbour,
            "Lindqvist, who runs the ferry line, was described as \u201cthe most stubborn man on the island\u201d by Greta Holm.",
            "The timetable was called \u201ca work of pure fiction\u201d by the harbour master.");

        Assert.Equal("Greta Holm", result.SpeakerOf("the most stubborn"));
        Assert.Null(result.SpeakerOf("a work of pure"));
    }

    [Fact]
    public void A_person_named_with_a_colon_right_before_a_quote_is_its_speaker()
    {
        var result = Extract(
            Harbour,
            "- Harbour Rovers coach Oskar Lindqvist: \"We defended well and deserved the point.\"",
            "- Forecast for Greta Holm: \"Sunny spells with a chance of rain later.\"");

        Assert.Equal("Oskar Lindqvist", result.SpeakerOf("We defended"));
        Assert.Null(result.SpeakerOf("Sunny spells"));
    }

    [Fact]
    public void A_quote_in_a_subordinate_clause_belongs_to_the_person_who_speaks_in_that_clause()
    {
        var result = Extract(
            Harbour,
            "The hall was warm, and as Lindqvist went on about \u201cthe glory of the old harbour,\u201d Greta Holm said nothing at all.",
            "While Holm called the tender \u201ca shameful waste of money,\u201d Lindqvist said it was fair.",
            "When the tender is \u201csigned and sealed by spring,\u201d Lindqvist said, the work can begin.");

        Assert.Equal("Oskar Lindqvist", result.SpeakerOf("the glory"));
        Assert.Equal("Greta Holm", result.SpeakerOf("a shameful"));
        Assert.Equal("Oskar Lindqvist", result.SpeakerOf("signed and sealed"));
    }

    [Fact]
    public void A_run_in_head_in_capitals_before_a_dash_is_not_where_the_sentence_subject_is_sought()
    {
        var people = EntitiesOf("Person:Greta Holm|Holm");
        var result = Extract(
            people,
            "TOLLS UNDER FIRE AGAIN \u2014 Holm\u2019s remarks drew criticism for calling the tolls \u201ca fair price for a fine road.\u201d");

        Assert.Equal("Greta Holm", result.SpeakerOf("a fair price"));
    }

    [Fact]
    public void A_person_described_by_age_or_nationality_is_the_person_an_earlier_sentence_names()
    {
        var result = Extract(
            Skiers,
            "Solberg won the sprint in Oslo on Sunday. \"The snow was perfect today,\" said the 27-year-old.",
            "Varga finished fourth. \"My skis were too slow on the climb,\" the Hungarian said.");

        Assert.Equal("Ingrid Solberg", result.SpeakerOf("The snow"));
        Assert.Equal("Tomas Varga", result.SpeakerOf("My skis"));
    }

    [Fact]
    public void A_description_of_a_man_skips_a_woman_and_a_sentence_whose_subject_is_a_pronoun()
    {
        var people = EntitiesOf("Person:Ingrid Solberg|Solberg", "Person:Tomas Varga|Varga", "Person:Pavel Horak|Horak");
        var result = Extract(
            people,
            "Varga lost the final to Solberg.",
            "\"I was beaten by the better skier,\" the Hungarian said.",
            "Horak reached the semi-finals. He will now face Solberg in the relay.",
            "\"We will see who is faster,\" said the 30-year-old.");

        Assert.Equal("Tomas Varga", result.SpeakerOf("I was beaten"));
        Assert.Equal("Pavel Horak", result.SpeakerOf("We will see"));
    }

    [Fact]
    public void A_name_earlier_in_the_same_sentence_is_not_what_a_description_stands_for_unless_it_opens_a_clause()
    {
        var result = Extract(
            Skiers,
            "Solberg watched the race from the stands.",
            "Asked about a remark by coach Tomas Varga, the 27-year-old said: \"I never read the newspapers.\"",
            "When Varga shook her hand, the Hungarian said: \"You deserved it today.\"");

        Assert.Equal("Ingrid Solberg", result.SpeakerOf("I never read"));
        Assert.Equal("Tomas Varga", result.SpeakerOf("You deserved"));
    }

    [Fact]
    public void A_nationality_adjective_or_a_demonym_before_a_name_describes_no_speaker()
    {
        var people = EntitiesOf("Person:Ingrid Solberg|Solberg", "Org:Polar Logistics");
        var result = Extract(
            people,
            "Solberg spoke at the opening.",
            "The inspectors found Norwegian firm Polar Logistics was \"far behind on every safety measure.\"",
            "\"The season starts in May,\" the Dutch said.");

        Assert.NotEqual("Ingrid Solberg", result.SpeakerOf("far behind"));
        Assert.Null(result.SpeakerOf("The season"));
    }

    [Fact]
    public void A_role_between_a_quote_and_its_speech_verb_is_the_person_last_named_with_that_role()
    {
        var people = EntitiesOf("Person:Ingrid Solberg|Solberg@mayor", "Person:Tomas Varga|Varga");
        var result = Extract(
            people,
            "Mayor Ingrid Solberg closed the port, and Varga protested.",
            "\"No ship leaves before the storm has passed,\" the mayor said.");

        Assert.Equal("Ingrid Solberg", result.SpeakerOf("No ship leaves"));
    }

    [Fact]
    public void A_speech_verb_and_name_set_off_by_commas_before_a_quote_name_its_speaker()
    {
        var result = Extract(
            Skiers,
            "Tomas Varga spoke first. The ferries, said Solberg, \"are older than anyone who sails on them.\"",
            "Varga, 45, said Solberg \"should resign before the winter.\"",
            "Solberg agreed, adding it looked \"like a long and difficult season.\"");

        Assert.Equal("Ingrid Solberg", result.SpeakerOf("are older"));
        Assert.Equal("Tomas Varga", result.SpeakerOf("should resign"));
        Assert.Equal("Ingrid Solberg", result.SpeakerOf("like a long"));
    }
}
