using System.Linq;

namespace NewsGen.Extraction.Tests.Entities.Organizations;

/// <summary>Names of organizations with a head word before "and" or inside "of …".</summary>
public class CoordinatedNameTests
{
    [Fact]
    public void A_head_word_opening_a_name_joins_the_words_after_and()
    {
        var entities = EntityText.Extract("The Securities and Markets Authority fined the bank.");

        Assert.Equal(new[] { "Securities and Markets Authority" }, entities.Organizations.Select(o => o.Name));
    }

    [Fact]
    public void A_lone_head_word_before_and_one_more_head_word_stays_apart()
    {
        var entities = EntityText.Extract("Officials briefed the Justice Department and Senate, aides said.");

        Assert.DoesNotContain(entities.Organizations, o => o.Name.Contains(" and "));
    }

    [Fact]
    public void A_head_word_after_of_belongs_to_the_name_of_the_first_head()
    {
        var entities = EntityText.Extract("She chairs the Association of Securities Traders in Ostbury.");

        Assert.Equal(new[] { "Association of Securities Traders" }, entities.Organizations.Select(o => o.Name));
    }
}
