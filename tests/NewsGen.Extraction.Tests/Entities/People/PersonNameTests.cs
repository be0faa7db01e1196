using System.Linq;

namespace NewsGen.Extraction.Tests.Entities.People;

public class PersonNameTests
{
    [Fact]
    public void Honorifics_and_titles_are_stripped_from_the_name()
    {
        var entities = EntityText.Extract("Gen. Dorian K. Ashcombe inspected the troops.", "Mr. Dalton Freyberg spoke later.");

        Assert.Equal(new[] { "Dorian K. Ashcombe", "Dalton Freyberg" }, entities.PersonNames());
    }

    [Fact]
    public void Initials_written_together_begin_a_name_but_a_dotted_place_does_not()
    {
        var entities = EntityText.Extract("The motion came from Rep. D.W. Halloran (R-Ky.), who chairs the panel.", "The U.S. Senate waited.");

        Assert.Equal(new[] { "D.W. Halloran" }, entities.PersonNames());
    }

    [Fact]
    public void A_frequent_word_opening_a_sentence_is_a_given_name_when_a_middle_initial_follows()
    {
        var entities = EntityText.Extract("Stone T. Marlowe wrote the report. Stone walls lined the lane.");

        Assert.Equal(new[] { "Stone T. Marlowe" }, entities.PersonNames());
    }

    [Fact]
    public void A_generation_suffix_after_a_surname_does_not_hide_the_name()
    {
        var entities = EntityText.Extract("The estate passed to Walter P. Ambrose III, a banker from the coast.");

        Assert.Equal(new[] { "Walter P. Ambrose" }, entities.PersonNames());
    }

    [Fact]
    public void The_place_after_a_title_and_of_is_no_person()
    {
        var entities = EntityText.Extract("Later the Archbishop of Wexbridge wrote to every parish in the county.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void A_capitalized_title_with_an_adverb_before_its_verb_is_no_person()
    {
        var entities = EntityText.Extract("The choir sang Hope Never Grows Dim before the vote.", "Hope Never Grows Dim was written in a week.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void May_ending_a_name_is_a_surname_not_an_auxiliary()
    {
        var entities = EntityText.Extract("Edith May chaired the meeting.", "May left early.");

        Assert.Equal(new[] { "Edith May" }, entities.PersonNames());
    }

    [Fact]
    public void A_family_or_a_consort_is_no_person()
    {
        var entities = EntityText.Extract("Members of the Royal Family arrived first, and the Prince Consort followed them.");

        Assert.Empty(entities.PersonNames());
    }

    [Fact]
    public void A_person_id_leaves_out_middle_initials_but_the_name_keeps_them()
    {
        var entities = EntityText.Extract("Gen. Dorian K. Ashcombe inspected the troops.", "Ashcombe left at noon.");

        var person = entities.Person("Dorian K. Ashcombe");
        Assert.Equal("DorianAshcombe", person.Id);
    }

    [Fact]
    public void The_fullest_form_is_the_name_and_every_other_form_an_alias()
    {
        var entities = EntityText.Extract("Dorian K. Ashcombe arrived on time.", "Later Dorian Ashcombe left, and Ashcombe said nothing.");

        var person = entities.Person("Dorian K. Ashcombe");
        Assert.Contains("Dorian Ashcombe", person.Aliases);
        Assert.Contains("Ashcombe", person.Aliases);
        Assert.Equal(3, person.Mentions.Count);
    }

    [Fact]
    public void Spelling_variants_of_a_surname_are_one_person_with_every_spelling_kept()
    {
        var entities = EntityText.Extract(
            "The visit was led by Ilse M. Castellucci of the alliance.",
            "Ilse Castelluci met officials, and Castelluci promised more talks.");

        var person = Assert.Single(entities.People);
        Assert.Equal("Ilse M. Castellucci", person.Name);
        Assert.Contains("Castelluci", person.Aliases);
        Assert.Contains("Castellucci", person.Aliases);
        Assert.Contains("Ilse Castelluci", person.Aliases);
        Assert.Contains(person.Mentions, m => m.Text == "Castelluci");
    }

    [Fact]
    public void Short_surnames_one_letter_apart_stay_different_people()
    {
        var entities = EntityText.Extract("John Bale met John Bile.");

        Assert.Equal(2, entities.People.Count);
    }

    [Fact]
    public void A_lone_surname_links_to_the_person_named_in_full()
    {
        var entities = EntityText.Extract("Deputy Minister Senka Ilievski visited.", "\u201CIt went well,\u201D added Ilievski. Ilievski then left.");

        var person = Assert.Single(entities.People);
        Assert.Equal("Senka Ilievski", person.Name);
        Assert.Equal(3, person.Mentions.Count);
    }

    [Fact]
    public void A_lone_surname_goes_to_the_person_of_that_name_mentioned_last()
    {
        var entities = EntityText.Extract("Philippa Tremaine spoke first. Then Rosalind Tremaine spoke, and Tremaine thanked the crowd.");

        Assert.Equal(2, entities.Person("Rosalind Tremaine").Mentions.Count);
        Assert.Single(entities.Person("Philippa Tremaine").Mentions);
    }

    [Fact]
    public void A_surname_two_people_share_is_linked_later_to_the_one_named_last_before_it()
    {
        var entities = EntityText.Extract("Philippa Tremaine spoke first.", "Then Rosalind Tremaine spoke.", "The crowd cheered Tremaine for a long time.");

        Assert.Equal(2, entities.Person("Rosalind Tremaine").Mentions.Count);
        Assert.Single(entities.Person("Philippa Tremaine").Mentions);
    }

    [Fact]
    public void A_lone_word_is_a_person_after_an_honorific_or_next_to_a_verb_of_saying()
    {
        var entities = EntityText.Extract("Mr Okonkwo arrived late.", "The plan is sound, Tavernier said.");

        Assert.Equal(new[] { "Okonkwo", "Tavernier" }, entities.PersonNames());
    }

    [Fact]
    public void A_lone_capitalized_word_without_evidence_is_no_person()
    {
        var entities = EntityText.Extract("The talks with Okonkwo went on for hours.");

        Assert.Empty(entities.People);
    }

    [Theory]
    [InlineData("Meanwhile, the ministers met in January and again on Tuesday.")]
    [InlineData("Subscribe to our newsletters")]
    [InlineData("Peruvian officials met Chilean diplomats in Mombasa.")]
    [InlineData("The deal falls under the Clearwater Fisheries Treaty and the Harbours for Growth program.")]
    [InlineData("Last March the Leeds Herald reported it first.")]
    [InlineData("Crowds gathered at Harbor Point and at Silver Ledger offices.")]
    public void Months_weekdays_sentence_starts_places_treaties_and_phrases_are_not_people(string text)
    {
        Assert.Empty(EntityText.Extract(text).People);
    }

    [Fact]
    public void A_quoted_publication_is_no_person()
    {
        var entities = EntityText.Extract("\u201CSalt and Iron\u201D, the Chilean trade newspaper, writes that talks went well.");

        Assert.Empty(entities.People);
    }

    [Fact]
    public void A_full_name_wins_over_a_place_inside_it()
    {
        var entities = EntityText.Extract("Margaret Houston crossed the river.");

        Assert.Equal("Margaret Houston", Assert.Single(entities.People).Name);
        Assert.Empty(entities.Places);
    }

    [Fact]
    public void Name_particles_hyphens_apostrophes_and_accents_stay_in_the_name()
    {
        var entities = EntityText.Extract("Pieter van Oosterhout, Marie-Hélène Dufresne, Aisling O'Donovan and Łukasz Żółtowski met.");

        Assert.Equal(new[] { "Pieter van Oosterhout", "Marie-Hélène Dufresne", "Aisling O'Donovan", "Łukasz Żółtowski" }, entities.PersonNames());
    }

    [Fact]
    public void An_epithet_before_a_name_used_bare_elsewhere_is_dropped()
    {
        var entities = EntityText.Extract("Philippa Tremaine spoke.", "Her rival Slippery Philippa Tremaine was absent.");

        var person = Assert.Single(entities.People);
        Assert.Equal("Philippa Tremaine", person.Name);
        Assert.All(person.Mentions, m => Assert.Equal("Philippa Tremaine", m.Text));
    }

    [Fact]
    public void A_possessive_is_not_part_of_the_name()
    {
        var entities = EntityText.Extract("Oksana Dovzhenko\u2019s staff met, and Dovzhenko\u2019s aide spoke.");

        var person = Assert.Single(entities.People);
        Assert.Equal("Oksana Dovzhenko", person.Name);
        Assert.Equal(new[] { "Oksana Dovzhenko", "Dovzhenko" }, person.Mentions.Select(m => m.Text));
    }

    [Theory]
    [InlineData("MPs said the bill would pass.")]
    [InlineData("I've said it before, he added.")]
    [InlineData("Organisers said the race would go ahead.")]
    [InlineData("The update failed, Windows said.")]
    public void Acronym_plurals_contractions_and_plural_nouns_at_a_sentence_start_are_no_speakers(string text)
    {
        Assert.Empty(EntityText.Extract(text).People);
    }

    [Fact]
    public void A_title_word_after_an_honorific_is_a_surname()
    {
        Assert.Equal(new[] { "King" }, EntityText.Extract("Mr King declined to comment.").PersonNames());
    }

    [Fact]
    public void Hyphenated_given_names_may_end_in_lowercase_but_compounds_with_common_words_are_no_names()
    {
        Assert.Equal(new[] { "Baek Min-seo" }, EntityText.Extract("South Korean President Baek Min-seo spoke about Peru-led Security structures.").PersonNames());
    }

    [Fact]
    public void Given_names_make_names_even_with_place_or_word_surnames()
    {
        var entities = EntityText.Extract("Owen Lima met Clara Field and Martina Kowalczyk.");

        Assert.Equal(new[] { "Owen Lima", "Clara Field", "Martina Kowalczyk" }, entities.PersonNames());
    }

    [Theory]
    [InlineData("They listened to Radio Open Asia every night.")]
    [InlineData("Scholars of Victorian Scotland met.")]
    [InlineData("He sailed past Tolmar Atoll and visited Brackwater, Pa.")]
    public void Regions_countries_and_continents_are_no_surnames(string text)
    {
        Assert.Empty(EntityText.Extract(text).People);
    }

    [Fact]
    public void Plural_titles_and_party_or_faith_words_are_not_part_of_names()
    {
        var entities = EntityText.Extract("Senators Marion T. Hollister and Eugene R. Bastable met Ohio Republicans and Shia Muslims.");

        Assert.Equal(new[] { "Marion T. Hollister", "Eugene R. Bastable" }, entities.PersonNames());
    }

    [Fact]
    public void The_domain_of_a_title_with_of_the_is_not_part_of_the_name_after_it()
    {
        var entities = EntityText.Extract("Chancellor of the Exchequer Tobias Wren defended the budget.");

        var person = Assert.Single(entities.People);
        Assert.Equal("Tobias Wren", person.Name);
        Assert.Contains("Chancellor of the Exchequer", person.Roles);
    }

    [Theory]
    [InlineData("\"It will pass,\" said Ilse Brandt, managing director of Kestrel Data Recovery.")]
    [InlineData("\"It will pass,\" said Ilse Brandt, director of Kestrel Data.")]
    public void A_company_after_a_job_title_and_of_is_no_person(string text)
    {
        Assert.Equal(new[] { "Ilse Brandt" }, EntityText.Extract(text).PersonNames());
    }

    [Fact]
    public void Two_words_after_a_title_and_of_are_a_person_when_neither_reads_as_a_domain()
    {
        Assert.Contains("Oskar Wierzbicki", EntityText.Extract("The two ministers of Oskar Wierzbicki and Lena Holm met.").PersonNames());
    }

    [Theory]
    [InlineData("The Archbishop of Lund, Karin Ek, urged calm.", "Karin Ek", "Archbishop of Lund")]
    [InlineData("Ilse Brandt, managing director of Kestrel Data Recovery, urged calm.", "Ilse Brandt", "managing director of Kestrel Data Recovery")]
    public void The_domain_named_after_a_title_and_of_does_not_make_an_apposition_a_list_of_people(string text, string name, string role)
    {
        var person = Assert.Single(EntityText.Extract(text).People);

        Assert.Equal(name, person.Name);
        Assert.Equal(new[] { role }, person.Roles);
    }
}
