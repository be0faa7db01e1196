using System.Linq;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

public class QuoteFinderTests
{
    [Fact]
    public void Curly_double_quotes_delimit_a_quote_without_its_marks()
    {
        var result = Extract("\u201cWe will meet again next week,\u201d the minister said.");

        var quote = Assert.Single(result.Quotes);
        Assert.Equal("We will meet again next week,", quote.Text);
    }

    [Fact]
    public void Straight_double_quotes_delimit_a_quote()
    {
        var result = Extract("\"We will meet again next week,\" the minister said.");

        Assert.Equal("We will meet again next week,", Assert.Single(result.Quotes).Text);
    }

    [Fact]
    public void Guillemets_and_low_nine_marks_delimit_quotes()
    {
        var result = Extract(
            "The mayor called it \u00abthe best day of the year\u00bb on Monday.",
            "The minister called it \u201ethe worst day of the year\u201c on Tuesday.");

        Assert.Equal(new[] { "the best day of the year", "the worst day of the year" }, result.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Mixed_and_mistyped_marks_pair_by_what_flanks_them()
    {
        var result = Extract("\u201cGrazing permits are not a reward for silence,\" the chairman said in a statement.");

        Assert.Equal("Grazing permits are not a reward for silence,", Assert.Single(result.Quotes).Text);
    }

    [Fact]
    public void Start_and_length_point_at_the_quoted_text_in_the_normalized_text()
    {
        var paragraph = "The envoy said \u201cthe talks went very well\u201d on Friday.";
        var text = "Title\n\n" + paragraph + "\n";

        var quote = Assert.Single(Extract(paragraph).Quotes);

        Assert.Equal(0, quote.Paragraph);
        Assert.Equal(quote.Text, text.Substring(quote.Start, quote.Length));
    }

    [Fact]
    public void Nested_single_quotes_and_apostrophes_stay_inside_the_text()
    {
        var result = Extract(
            "\u201cMombasa, being the \u2018trading heart\u2019 of the coast, isn\u2019t only a port,\u201d he said. "
            + "\"It's what they call 'the hub' of the region,\" she added.");

        Assert.Equal(
            new[]
            {
                "Mombasa, being the \u2018trading heart\u2019 of the coast, isn\u2019t only a port,",
                "It's what they call 'the hub' of the region,",
            },
            result.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void Single_quotes_alone_are_not_quotes()
    {
        var result = Extract("Paraguay\u2019s capital is a \u2018natural meeting point\u2019 between the traders.");

        Assert.Empty(result.Quotes);
        Assert.Empty(result.UnbalancedMarks);
    }

    [Fact]
    public void A_quote_interrupted_by_its_attribution_comes_back_as_two_pieces()
    {
        var result = Extract("\u201cThe plan is ready,\u201d he said, \u201cand it will be presented on Monday.\u201d");

        Assert.Equal(new[] { "The plan is ready,", "and it will be presented on Monday." }, result.Quotes.Select(q => q.Text));
    }

    [Fact]
    public void A_quote_left_open_continues_when_the_next_paragraph_opens_with_a_mark()
    {
        var result = Extract(
            "\u201cWe have worked on this for years and we will not stop now.",
            "\u201cThe people deserve an answer,\u201d the senator said.");

        Assert.Equal(
            new[] { "We have worked on this for years and we will not stop now.", "The people deserve an answer," },
            result.Quotes.Select(q => q.Text));
        Assert.Equal(new[] { 0, 1 }, result.Quotes.Select(q => q.Paragraph));
        Assert.Empty(result.UnbalancedMarks);
    }

    [Fact]
    public void An_opening_mark_never_closed_is_unbalanced_and_not_a_quote()
    {
        var paragraph = "The senator said \u201cwe will not stop now and nobody can make us.";
        var text = "Title\n\n" + paragraph + "\n\nThe vote is on Friday.\n";

        var result = Extract(paragraph, "The vote is on Friday.");

        Assert.Empty(result.Quotes);
        var mark = Assert.Single(result.UnbalancedMarks);
        Assert.Equal('\u201c', text[mark]);
    }

    [Fact]
    public void A_run_on_quote_never_closed_is_unbalanced_at_its_first_mark()
    {
        var result = Extract(
            "\u201cWe have worked on this for years and we will not stop now.",
            "\u201cThe people deserve an answer and they will get one.",
            "The vote is on Friday.");

        Assert.Empty(result.Quotes);
        Assert.Equal(7, Assert.Single(result.UnbalancedMarks));
    }

    [Fact]
    public void Quotes_inside_an_unbalanced_mark_are_still_found()
    {
        var result = Extract("\"The question read: \u201cDo you think the economy is getting better?\u201d Most said no.");

        Assert.Equal("Do you think the economy is getting better?", Assert.Single(result.Quotes).Text);
        Assert.Single(result.UnbalancedMarks);
    }

    [Fact]
    public void An_inch_mark_after_a_number_is_not_an_opening_mark()
    {
        var result = Extract("He is 6'3\" tall and said \u201cI am in excellent health today.\u201d");

        Assert.Equal("I am in excellent health today.", Assert.Single(result.Quotes).Text);
        Assert.Empty(result.UnbalancedMarks);
    }

    [Fact]
    public void A_mark_of_the_same_style_after_a_sentence_end_inside_a_quote_starts_its_next_piece()
    {
        var result = Extract(
            "\"Factory orders are still strong. But small firms have spent their reserves. \"The region cannot keep this pace.\" Unemployment is at 10%.");

        Assert.Equal(
            new[] { "Factory orders are still strong. But small firms have spent their reserves.", "The region cannot keep this pace." },
            result.Quotes.Select(q => q.Text));
        Assert.Empty(result.UnbalancedMarks);
    }

    [Fact]
    public void A_mark_of_the_other_style_inside_a_quote_nests()
    {
        var result = Extract("\"I like to speak my mind. \u201cToo blunt\u201d or \u201ctoo harsh\u201d is what they say.\"");

        Assert.Equal("I like to speak my mind. \u201cToo blunt\u201d or \u201ctoo harsh\u201d is what they say.", Assert.Single(result.Quotes).Text);
    }

    [Fact]
    public void The_search_for_quotation_marks_finds_exactly_the_lexicon_double_quote_marks()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var expected = NewsGen.Extraction.Text.Lexicon.IsDoubleQuoteMark(c) ? 2 : -1;
            var rare = -2;
            Assert.Equal(expected, NewsGen.Extraction.Quotes.QuoteMarks.Next("ab" + c, 0, ref rare));
        }
    }

    [Fact]
    public void Marks_of_every_style_in_one_paragraph_are_found_in_reading_order()
    {
        const string text = "\u201cA\u201d \u00abB\u00bb \"C\" \u201eD\u201c \u00abE\u00bb";
        var found = new System.Collections.Generic.List<int>();
        var rare = -2;
        for (var i = NewsGen.Extraction.Quotes.QuoteMarks.Next(text, 0, ref rare); i >= 0; i = NewsGen.Extraction.Quotes.QuoteMarks.Next(text, i + 1, ref rare))
        {
            found.Add(i);
        }

        Assert.Equal(new[] { 0, 2, 4, 6, 8, 10, 12, 14, 16, 18 }, found);
    }
}
