using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Tests.Text;

/// <summary>The closed word classes, one Data list each, and their in-place sets.</summary>
public class WordClassesTests
{
    [Fact]
    public void Each_word_class_is_one_list_of_distinct_lowercase_words()
    {
        var classes = new[]
        {
            WordClasses.Subordinators, WordClasses.RelativeWords, WordClasses.Prepositions, WordClasses.Coordinators,
            WordClasses.Articles, WordClasses.Demonstratives, WordClasses.Possessives, WordClasses.BeForms,
            WordClasses.Auxiliaries, WordClasses.Pronouns, WordClasses.VerbAdverbs,
        };
        foreach (var words in classes)
        {
            Assert.NotEmpty(words);
            Assert.Equal(words.Count, words.Distinct().Count());
            Assert.All(words, word => Assert.Equal(word.ToLowerInvariant(), word));
        }

        Assert.Contains("as", WordClasses.Subordinators);
        Assert.Contains("whom", WordClasses.RelativeWords);
        Assert.Empty(WordClasses.Subordinators.Intersect(WordClasses.RelativeWords));
    }

    [Fact]
    public void The_preposition_and_coordinator_lists_hold_their_words_and_read_for_as_a_preposition()
    {
        Assert.Contains("despite", WordClasses.Prepositions);
        Assert.Contains("towards", WordClasses.Prepositions);
        Assert.Equal(new[] { "and", "but", "nor", "or", "so", "yet" }, WordClasses.Coordinators);
        Assert.Contains("for", WordClasses.Prepositions);
        Assert.DoesNotContain("as", WordClasses.Prepositions);
    }

    [Fact]
    public void The_determiner_lists_hold_the_articles_demonstratives_and_possessives()
    {
        Assert.Equal(new[] { "a", "an", "the" }, WordClasses.Articles);
        Assert.Equal(new[] { "that", "these", "this", "those" }, WordClasses.Demonstratives);
        Assert.Contains("their", WordClasses.Possessives);
        Assert.Empty(WordClasses.Articles.Intersect(WordClasses.Demonstratives).Intersect(WordClasses.Possessives));
    }

    [Fact]
    public void The_function_words_are_the_determiners_pronouns_relative_words_conjunctions_prepositions_and_auxiliaries()
    {
        var expected = new[]
        {
            WordClasses.Articles, WordClasses.Demonstratives, WordClasses.Possessives, WordClasses.Pronouns,
            WordClasses.RelativeWords, WordClasses.Coordinators, WordClasses.Prepositions, WordClasses.BeForms,
            WordClasses.Auxiliaries,
        }.SelectMany(words => words);

        Assert.Equal(expected, WordClasses.FunctionWords);
        Assert.Contains("them", WordClasses.Pronouns);
        Assert.DoesNotContain("while", WordClasses.FunctionWords);
        Assert.DoesNotContain("never", WordClasses.FunctionWords);
    }

    [Fact]
    public void An_alternation_joins_the_words_of_its_classes_in_order()
    {
        Assert.Equal("a|an|the|that|these|this|those", WordClasses.Alternation(WordClasses.Articles, WordClasses.Demonstratives));
        Assert.Matches("^(?:" + WordClasses.Alternation(WordClasses.Pronouns) + ")$", "them");
    }

    [Fact]
    public void The_verb_lists_hold_the_forms_of_be_the_other_auxiliaries_and_the_adverbs_before_a_verb()
    {
        Assert.Equal(new[] { "am", "are", "be", "been", "being", "is", "was", "were" }, WordClasses.BeForms);
        Assert.Contains("might", WordClasses.Auxiliaries);
        Assert.Contains("did", WordClasses.Auxiliaries);
        Assert.Empty(WordClasses.BeForms.Intersect(WordClasses.Auxiliaries));
        Assert.Contains("later", WordClasses.VerbAdverbs);
        Assert.Contains("never", WordClasses.VerbAdverbs);
    }

    [Fact]
    public void A_set_looked_up_in_place_keeps_its_case_rule()
    {
        const string text = "Beyond THE river and over";
        var asWritten = new HashSet<string>(StringComparer.Ordinal) { "beyond", "the", "over" }.InPlace();
        var anyCase = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "beyond", "the" }.InPlace();

        Assert.False(asWritten.TryGetValue(text, 0, 6, out _));
        Assert.False(asWritten.TryGetValue(text, 7, 3, out _));
        Assert.True(asWritten.TryGetValue(text, 21, 4, out _));
        Assert.True(anyCase.TryGetValue(text, 0, 6, out _));
        Assert.True(anyCase.TryGetValue(text, 7, 3, out _));
        Assert.False(anyCase.TryGetValue(text, 17, 3, out _));
    }
}
