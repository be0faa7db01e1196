using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Tests.Structure;

namespace NewsGen.Extraction.Tests.Identifiers;

public class EventKeyPhraseTests
{
    private static string? Find(string text, params (string Name, PlaceKind Kind)[] places)
    {
        var structure = Articles.Read(text);
        return EventKeyPhrase.Find(structure, HandBuiltEntities.Places(structure, places));
    }

    [Fact]
    public void Event_noun_named_after_the_place_it_is_tied_to()
    {
        const string text = "Diplomats gather\n\nThe talks in Geneva resumed on Monday. Switzerland offered to host them.\n\nDelegates said the talks in Geneva could last a week.";

        Assert.Equal("Geneva talks", Find(text, ("Geneva", PlaceKind.City), ("Switzerland", PlaceKind.Country)));
    }

    [Fact]
    public void The_most_frequent_event_noun_wins()
    {
        const string text = "Leaders meet\n\nThe summit opened in Brussels. A meeting in Paris was cancelled.\n\nThe summit will end on Friday. The summit agenda is long. Brussels hosted the summit last year too.";

        Assert.Equal("Brussels summit", Find(text, ("Brussels", PlaceKind.City), ("Paris", PlaceKind.City)));
    }

    [Fact]
    public void Equal_ties_go_to_the_more_specific_place()
    {
        const string text = "Vote counted\n\nOfficials from Columbus, Ohio counted the election. Officials from Columbus, Ohio certified the election.";

        Assert.Equal("Columbus election", Find(text, ("Ohio", PlaceKind.Region), ("Columbus", PlaceKind.City)));
    }

    [Fact]
    public void Equal_ties_of_the_same_kind_go_to_the_place_named_first_in_the_title()
    {
        const string text = "Lyon and Paris prepare\n\nParis and Lyon will both host a match. The match in Paris and the match in Lyon sold out.";

        Assert.Equal("Lyon match", Find(text, ("Paris", PlaceKind.City), ("Lyon", PlaceKind.City)));
    }

    [Theory]
    [InlineData("Ministers gather\n\nThe Geneva talks began today.")]
    [InlineData("Ministers gather\n\nGeneva will host a rare round of talks.")]
    [InlineData("Ministers gather\n\nThe talks were held in Geneva.")]
    public void One_tight_tie_is_enough(string text) => Assert.Equal("Geneva talks", Find(text, ("Geneva", PlaceKind.City)));

    [Theory]
    [InlineData("Ministers gather\n\nThe Geneva TALKS began today.")]
    [InlineData("Ministers gather\n\nGeneva Talks began today.")]
    public void Event_nouns_count_in_any_case(string text) => Assert.Equal("Geneva talks", Find(text, ("Geneva", PlaceKind.City)));

    [Fact]
    public void A_longer_word_that_starts_like_an_event_noun_is_not_one()
    {
        const string text = "Ministers gather\n\nThe Geneva talkshow began today.";

        Assert.Null(Find(text, ("Geneva", PlaceKind.City)));
    }

    [Fact]
    public void One_loose_co_occurrence_is_not_enough()
    {
        const string text = "Ministers gather\n\nThe talks, diplomats from Geneva said, were long.";

        Assert.Null(Find(text, ("Geneva", PlaceKind.City)));
    }

    [Fact]
    public void An_event_noun_after_any_auxiliary_but_a_form_of_have_is_a_verb()
    {
        const string text = "Trip planned\n\nThe minister shall visit Lisbon. She could visit Lisbon and did not visit Lisbon before.";

        Assert.Null(Find(text, ("Lisbon", PlaceKind.City)));
    }

    [Fact]
    public void An_event_noun_after_a_form_of_have_is_a_noun()
    {
        const string text = "Ferry strike\n\nThe union has talks in Lisbon on Monday. It had talks in Lisbon last week.";

        Assert.Equal("Lisbon talks", Find(text, ("Lisbon", PlaceKind.City)));
    }

    [Fact]
    public void Verb_uses_of_event_nouns_do_not_count()
    {
        const string text = "Trip planned\n\nThe president wants to visit Rome. He will visit Rome in May and may visit Rome again.";

        Assert.Null(Find(text, ("Rome", PlaceKind.City)));
    }

    [Fact]
    public void Event_nouns_in_sentences_that_name_no_place_count_towards_the_most_frequent() => Assert.Equal(
        "Tallinn summit",
        Find(
            "Officials gather\n\nThe Porto meeting began early. The summit in Tallinn opened later. The summit ran late.\n\nThe summit ended with a statement.",
            ("Porto", PlaceKind.City),
            ("Tallinn", PlaceKind.City)));

    [Fact]
    public void A_place_ties_the_nouns_of_its_own_sentence_after_a_sentence_without_one() =>
        Assert.Equal("Tallinn vote", Find("Polls close\n\nTurnout was low in the first vote. The Tallinn vote drew larger crowds.", ("Tallinn", PlaceKind.City)));

    [Fact]
    public void No_places_no_phrase()
    {
        Assert.Null(Find("Talks\n\nThe talks continue. The talks are long."));
    }
}
