using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Dates;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Dates;

public class DateAnchorTests
{
    // Every form of every date pattern, so each pattern's anchors are checked against what it really matches.
    private static readonly string[] Forms =
    [
        "The plant reopened on 2011-06-30 after a fire.",
        "Bids closed on 06/07/2012 at the port office.",
        "The vote falls on 21st of October 2015, a week late.",
        "She arrived on Tuesday (9 February) and left on Thursday, March 3, 2016.",
        "The fair opens Saturday afternoon and closes on Sunday.",
        "Rain fell on August 14, 2003 and again in September 2004 and in November.",
        "The report came out yesterday morning; the reply is due tomorrow, and the panel meets today or tonight.",
        "Crowds gathered last night, Last evening and this afternoon; This morning the square was empty.",
        "Shops stay shut on Boxing Day 2009 and on Thanksgiving.",
        "Parades mark the Fourth of July, July Fourth and Presidents’ Day; the clocks stop on New Year’s Eve and on Good Friday.",
        "The ship sank three days ago; the crew was found two days later, a day earlier than feared.",
        "That same day the mayor resigned, and the next morning the council met; the night before it had rained.",
        "The previous evening was calm, later that day it snowed, and the day after it thawed.",
        "The train left at 6:45 a.m. and returned at 11 p.m, or at noon, or at midnight, or at midday.",
        "The bell rang at 4 in the morning.",
        "The fee is due by the 3rd, and talks run until the 21st when the envoy leaves.",
        "Stocks rose into year-end, the fund closes at month-end, and the lease runs to the end of this month or the end of the year.",
        "On the day, the crowd was small; later in the day it grew.",
    ];

    [Fact]
    public void Every_match_of_every_date_pattern_holds_one_of_its_anchors()
    {
        var matched = DateExpressionFinder.Patterns.Select(_ => 0).ToArray();
        foreach (var sentence in Forms)
        {
            for (var p = 0; p < DateExpressionFinder.Patterns.Length; p++)
            {
                var (pattern, anchors) = DateExpressionFinder.Patterns[p];
                foreach (Match match in pattern.Matches(sentence))
                {
                    matched[p]++;
                    Assert.True(new DateAnchorSearch(match.Value).HasAny(anchors), $"pattern {p} matched \"{match.Value}\" without its anchors {anchors}");
                }
            }
        }

        Assert.All(matched, count => Assert.True(count > 0));
    }

    [Theory]
    [InlineData("The budget passed with a wide margin.", (int)(DateAnchor.Day | DateAnchor.Night | DateAnchor.PartOfDay), false)]
    [InlineData("The budget passed on the second vote.", (int)DateAnchor.Digit, false)]
    [InlineData("The budget passed 54 to 40.", (int)DateAnchor.Digit, true)]
    [InlineData("The budget passed on Friday.", (int)(DateAnchor.Tomorrow | DateAnchor.Day), true)]
    [InlineData("The budget passed at noon.", (int)(DateAnchor.ClockSuffix | DateAnchor.NamedHour), true)]
    [InlineData("The budget passed at 9 p.m.", (int)DateAnchor.NamedHour, false)]
    [InlineData("The budget passed at midday.", (int)DateAnchor.NamedHour, true)]
    [InlineData("The budget passed at midnight.", (int)DateAnchor.NamedHour, true)]
    [InlineData("The budget passed after a long night and a longer day.", (int)DateAnchor.NamedHour, false)]
    [InlineData("The budget passed in the afternoon.", (int)DateAnchor.PartOfDay, true)]
    [InlineData("The budget passed at noon.", (int)DateAnchor.PartOfDay, false)]
    [InlineData("The budget passed.", (int)DateAnchor.Any, true)]
    [InlineData("The budget passed before the holidays.", (int)DateAnchor.HolidayWord, false)]
    [InlineData("The budget passed on Christmas Eve.", (int)DateAnchor.HolidayWord, true)]
    [InlineData("The budget passed today, on Monday, after days of talks.", (int)DateAnchor.DayWord, false)]
    [InlineData("The budget passed the same day.", (int)DateAnchor.DayWord, true)]
    [InlineData("The budget passed after two days of talks and a day off.", (int)DateAnchor.DayCount, false)]
    [InlineData("The budget passed two days\u00a0later.", (int)DateAnchor.DayCount, true)]
    [InlineData("The budget passed a day before the recess.", (int)DateAnchor.DayCount, true)]
    [InlineData("The budget passed in the spring.", (int)DateAnchor.End, false)]
    [InlineData("The budget passed at year-end.", (int)DateAnchor.End, true)]
    [InlineData("The budget passed over the weekend despite the spending.", (int)DateAnchor.End, false)]
    [InlineData("The budget passed at the end of the session.", (int)DateAnchor.End, true)]
    [InlineData("The budget passed at the end, after the spending rose.", (int)DateAnchor.End, false)]
    [InlineData("The budget passed before the end\n of  the session.", (int)DateAnchor.End, true)]
    [InlineData("The budget passed 3 to 1 in the 40th session of the 2nd chamber.", (int)DateAnchor.Ordinal, true)]
    [InlineData("The budget passed 3 to 1 in the fourth session.", (int)DateAnchor.Ordinal, false)]
    [InlineData("The budget passed by the 1st.", (int)DateAnchor.Ordinal, true)]
    [InlineData("The budget passed on Monday after days of talks.", (int)(DateAnchor.Today | DateAnchor.Yesterday), false)]
    [InlineData("Today the budget passed.", (int)DateAnchor.Today, true)]
    [InlineData("The budget passed yesterday.", (int)DateAnchor.Yesterday, true)]
    [InlineData("The budget passed yesterday.", (int)DateAnchor.Today, false)]
    [InlineData("The budget passed EARLY ", (int)DateAnchor.ModifierStem, true)]
    [InlineData("The budget passed Mid-evening ", (int)DateAnchor.ModifierStem, true)]
    [InlineData("The budget passed later ", (int)DateAnchor.ModifierStem, true)]
    [InlineData("The budget passed on ", (int)DateAnchor.ModifierStem, false)]
    public void A_text_holds_an_anchor_only_where_its_word_occurs(string text, int anchors, bool holds) =>
        Assert.Equal(holds, new DateAnchorSearch(text).HasAny((DateAnchor)anchors));

    [Theory]
    [InlineData(5, 13, (int)DateAnchor.Digit, false)]
    [InlineData(0, 13, (int)DateAnchor.Digit, true)]
    [InlineData(0, 15, (int)DateAnchor.DayWord, false)]
    [InlineData(0, 17, (int)DateAnchor.DayWord, true)]
    [InlineData(28, 6, (int)DateAnchor.End, false)]
    [InlineData(27, 7, (int)DateAnchor.End, true)]
    [InlineData(35, 3, (int)DateAnchor.Ordinal, false)]
    [InlineData(35, 4, (int)DateAnchor.Ordinal, true)]
    public void A_stretch_of_a_text_holds_only_the_anchors_inside_it(int start, int length, int anchors, bool holds) =>
        Assert.Equal(holds, new DateAnchorSearch("At 9 the vote day came; the end of 12th talks", start, length).HasAny((DateAnchor)anchors));

    [SharedFact("corpus/aquaint-dev")]
    public void The_anchors_hold_for_every_match_in_the_development_sets()
    {
        var texts = new[] { "corpus/aquaint-dev/text", "corpus/polnear-dev/text" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(RepoPaths.Shared!, folder), "*.txt"))
            .Select(File.ReadAllText);
        foreach (var text in texts)
        {
            foreach (var (pattern, anchors) in DateExpressionFinder.Patterns)
            {
                foreach (Match match in pattern.Matches(text))
                {
                    Assert.True(new DateAnchorSearch(match.Value).HasAny(anchors), $"\"{match.Value}\" without {anchors}");
                }
            }
        }
    }
}
