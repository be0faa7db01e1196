using System.Linq;
using static NewsGen.Extraction.Tests.Dates.DateAssert;

namespace NewsGen.Extraction.Tests.Dates;

public class DateScalingTests
{
    // Every kind of expression that looks around itself: tense cues, clock times anchored in their sentence, days
    // counted from the day before, weekday-dates, day-months.
    private const string Phrase = "3 March 2018, next Friday, yesterday, on Monday and 12 December, at noon on 14 May, at midnight, two days later, ";

    [Fact]
    public void Many_dates_in_one_sentence_of_a_mebibyte_are_all_read_in_linear_time()
    {
        // One sentence, one paragraph, ~76,000 dates: a rescan of the sentence per date (as tense and position once
        // did) is ~10^11 character steps here and does not finish in any test run; a linear reading does.
        var count = (1 << 20) / Phrase.Length;
        var sentence = "The council met " + string.Concat(Enumerable.Repeat(Phrase, count)) + "and adjourned.";

        var resolution = TestArticle.Of(sentence).Dates(Day("2018-12-12"));

        Assert.Equal(8 * count, resolution.Dates.Count);
        Assert.All(resolution.Dates, d => Assert.NotNull(d.Value));
        Assert.Equal(
            ["3 March 2018=2018-03-03", "next Friday=2018-12-14", "yesterday=2018-12-11", "Monday=2018-12-10", "12 December=2018-12-12", "noon on 14 May=2018-05-14", "midnight=2018-05-16", "two days later=2018-05-16"],
            Pairs(resolution).Take(8));
    }
}
