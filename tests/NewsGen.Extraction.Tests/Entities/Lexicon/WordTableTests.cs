using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Organizations;
using NewsGen.Extraction.Entities.Places;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;
using Xunit;

namespace NewsGen.Extraction.Tests.Entities.Lexicon;

public class WordTableTests
{
    /// <summary>Each class with the list it answers for and whether that list matches in any case.</summary>
    public static TheoryData<int, bool> Classes() => new()
    {
        { (int)WordClass.Honorific, true },
        { (int)WordClass.PersonTitle, true },
        { (int)WordClass.RoleModifier, true },
        { (int)WordClass.MediaNoun, true },
        { (int)WordClass.NameParticle, false },
        { (int)WordClass.CalendarWord, false },
        { (int)WordClass.StopWord, false },
        { (int)WordClass.OrganizationHead, false },
        { (int)WordClass.ThingHead, false },
        { (int)WordClass.PublicationHead, false },
        { (int)WordClass.AffiliationNoun, false },
        { (int)WordClass.PlaceHead, false },
        { (int)WordClass.KnownOrganization, false },
        { (int)WordClass.Demonym, false },
    };

    [Theory]
    [MemberData(nameof(Classes))]
    public void Every_word_of_a_list_is_in_its_class_and_other_spellings_only_where_the_list_ignores_case(int classBits, bool anyCase)
    {
        var wordClass = (WordClass)classBits;
        var list = ListOf(wordClass);
        Assert.NotEmpty(list);
        foreach (var word in list)
        {
            Assert.True(Has(word, wordClass), word);
            foreach (var spelling in new[] { word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                Assert.Equal(list.Contains(spelling) || anyCase, Has(spelling, wordClass));
            }
        }
    }

    [Fact]
    public void The_forms_listed_as_well_known_organizations_and_demonyms_are_those_their_lookups_accept()
    {
        Assert.All(KnownOrganizations.Surfaces, form => Assert.True(KnownOrganizations.TryFind(form, out _), form));
        Assert.All(Gazetteer.Demonyms, form => Assert.True(Gazetteer.IsDemonym(form), form));
        Assert.NotEmpty(Gazetteer.Demonyms);
    }

    [Fact]
    public void A_word_has_the_same_classes_looked_up_in_place_in_a_sentence_as_cut_out()
    {
        foreach (var word in WordLists.Honorifics.Concat(WordLists.StopWords).Concat(PlaceHeads.Words).Concat(KnownOrganizations.Surfaces))
        {
            foreach (var spelling in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                var sentence = "By the " + spelling + " today";
                Assert.Equal(WordTable.Of(spelling), WordTable.Of(sentence, 7, spelling.Length));
                Assert.Equal(WordTable.Of(spelling.Substring(1)), WordTable.Of(sentence, 8, spelling.Length - 1));
            }
        }
    }

    [Fact]
    public void A_word_in_no_list_has_no_class()
    {
        foreach (var word in new[] { "Quillfeather", "marmalade", "Zebrawood", "", "-" })
        {
            Assert.Equal(WordClass.None, WordTable.Of(word));
        }
    }

    [Fact]
    public void A_title_is_found_singular_plural_in_any_case_and_inside_a_hyphenated_word_as_by_the_list_itself()
    {
        var probes = new List<string> { "lighthouses", "Keepers", "keeper-in-chief", "Ss", "s" };
        foreach (var title in WordLists.PersonTitles)
        {
            probes.AddRange(new[] { title, title + "s", title.ToUpperInvariant() + "S", title.ToUpperInvariant() + "s", "vice-" + title, title + "-elect", title.Substring(1) + "s" });
        }

        foreach (var word in probes)
        {
            Assert.Equal(IsTitleByList(word), WordLists.IsTitle(word));
            var text = "a " + word + "-";
            Assert.Equal(IsTitleByList(word), WordLists.IsTitle(text, 2, word.Length, WordTable.Of(word)));
        }
    }

    [Fact]
    public void A_segment_answers_for_each_token_what_the_word_table_says_of_its_word()
    {
        const string text = "On Monday the keeper met Mr Quillfeather of the Harbour Union.";
        var segment = new TextSegment(0, text, 0, Tokenizer.Tokenize(text, TokenPolicy.Names));

        for (var j = 0; j < segment.Tokens.Length; j++)
        {
            var classes = WordTable.Of(segment[j]);
            Assert.Equal(classes, segment.ClassesOf(j));
            Assert.Equal(classes != WordClass.None, segment.IsIn(j, classes == WordClass.None ? WordClass.StopWord : classes));
        }

        Assert.True(segment.IsIn(1, WordClass.CalendarWord));
        Assert.True(segment.IsIn(5, WordClass.Honorific));
        Assert.True(segment.IsIn(10, WordClass.OrganizationHead));
        Assert.False(segment.IsIn(6, WordClass.Honorific | WordClass.StopWord | WordClass.PersonTitle));
    }

    private static bool Has(string word, WordClass wordClass) => (WordTable.Of(word) & wordClass) != 0;

    /// <summary>The title rule read from the list alone, as it was before the word table.</summary>
    private static bool IsTitleByList(string word) =>
        WordLists.PersonTitles.Contains(word)
        || (word.Length > 3 && word[word.Length - 1] == 's' && WordLists.PersonTitles.Contains(word.Substring(0, word.Length - 1)))
        || (word.IndexOf('-') >= 0 && word.Split('-').Any(WordLists.PersonTitles.Contains));

    private static HashSet<string> ListOf(WordClass wordClass) => wordClass switch
    {
        WordClass.Honorific => WordLists.Honorifics,
        WordClass.PersonTitle => WordLists.PersonTitles,
        WordClass.RoleModifier => WordLists.RoleModifiers,
        WordClass.MediaNoun => WordLists.MediaNouns,
        WordClass.NameParticle => WordLists.NameParticles,
        WordClass.CalendarWord => WordLists.CalendarWords,
        WordClass.StopWord => WordLists.StopWords,
        WordClass.OrganizationHead => WordLists.OrganizationHeads,
        WordClass.ThingHead => WordLists.ThingHeads,
        WordClass.PublicationHead => WordLists.PublicationHeads,
        WordClass.AffiliationNoun => WordLists.AffiliationNouns,
        WordClass.PlaceHead => new HashSet<string>(PlaceHeads.Words, System.StringComparer.Ordinal),
        WordClass.KnownOrganization => new HashSet<string>(KnownOrganizations.Surfaces, System.StringComparer.Ordinal),
        _ => new HashSet<string>(Gazetteer.Demonyms, System.StringComparer.Ordinal),
    };
}
