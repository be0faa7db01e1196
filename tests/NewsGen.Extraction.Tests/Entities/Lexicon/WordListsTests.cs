using NewsGen.Extraction.Entities.Lexicon;
using Xunit;

namespace NewsGen.Extraction.Tests.Entities.Lexicon;

public class WordListsTests
{
    [Fact]
    public void Honorifics_and_titles_are_read_without_their_gender_mark()
    {
        Assert.Contains("Mr", WordLists.Honorifics);
        Assert.Contains("dr", WordLists.Honorifics);
        Assert.DoesNotContain("Mr male", WordLists.Honorifics);
        Assert.Contains("Queen", WordLists.PersonTitles);
        Assert.DoesNotContain("queen female", WordLists.PersonTitles);
    }

    [Fact]
    public void Titles_marked_male_or_female_are_read_capitalized_from_both_lists()
    {
        Assert.Contains("Mr", WordLists.MaleTitles);
        Assert.Contains("King", WordLists.MaleTitles);
        Assert.Contains("Mme", WordLists.FemaleTitles);
        Assert.Contains("Chairwoman", WordLists.FemaleTitles);
        Assert.DoesNotContain("king", WordLists.MaleTitles);
        Assert.DoesNotContain("Dr", WordLists.MaleTitles);
        Assert.DoesNotContain("Dr", WordLists.FemaleTitles);
        Assert.Empty(System.Linq.Enumerable.Intersect(WordLists.MaleTitles, WordLists.FemaleTitles));
    }

    [Fact]
    public void Calendar_words_are_the_months_their_short_forms_the_weekdays_and_one_word_holidays()
    {
        Assert.Contains("March", WordLists.CalendarWords);
        Assert.Contains("Sept", WordLists.CalendarWords);
        Assert.Contains("Friday", WordLists.CalendarWords);
        Assert.Contains("Easter", WordLists.CalendarWords);
        Assert.DoesNotContain("Fri", WordLists.CalendarWords);
        Assert.DoesNotContain("march", WordLists.CalendarWords);
    }
}
