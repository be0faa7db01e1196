using System.Text;
using static NewsGen.Extraction.Tests.Quotes.QuoteTestText;

namespace NewsGen.Extraction.Tests.Quotes;

/// <summary>
/// One paragraph of half a megabyte of quotes: a size at which reading the paragraph again for every quote does not
/// finish in hours, and reading it once takes a fraction of a second.
/// </summary>
public class QuoteScalingTests
{
    private const int Characters = 512 * 1024;

    [Fact]
    public void Quotes_ending_in_a_comma_without_speaker_are_found_in_linear_time()
    {
        var (paragraph, count) = Repeat(i => $"\u201cThe lanterns stay lit until morning number {i},\u201d ");

        var result = Extract(paragraph);

        Assert.Equal(count, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Null(q.Speaker));
    }

    [Fact]
    public void Pronoun_attributions_in_a_paragraph_without_sentence_ends_are_resolved_in_linear_time()
    {
        var (quotes, count) = Repeat(i => $"\u201cThe ferry leaves the harbour at dawn {i},\u201d she said, ");

        var result = Extract(EntitiesOf("Person:Ilse Varga|Varga"), "Ilse Varga spoke to the crowd. " + quotes);

        Assert.Equal(count, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Equal("Ilse Varga", q.Speaker?.Name));
    }

    [Fact]
    public void Speakers_described_by_role_among_many_names_are_resolved_in_linear_time()
    {
        var (quotes, count) = Repeat(i => $"Ilse Varga and Ada Brill left; the minister said \u201cthe sluice gates open at noon {i}\u201d and ");

        var result = Extract(EntitiesOf("Person:Ilse Varga|Varga@Water Minister", "Person:Ada Brill|Brill"), quotes);

        Assert.Equal(count, result.Quotes.Count);
        Assert.All(result.Quotes, q => Assert.Equal("Ilse Varga", q.Speaker?.Name));
    }

    [Fact]
    public void Quotes_inside_many_unclosed_marks_are_found_in_linear_time()
    {
        var (unclosed, opened) = Repeat(i => $"\u201cstray{i} ", Characters / 4);
        var (closed, count) = Repeat(i => $"\u201cBoats drift past the old pier {i}\u201d and ", Characters / 2);

        var result = Extract(unclosed + " " + closed);

        Assert.Equal(count, result.Quotes.Count);
        Assert.Equal(opened, result.UnbalancedMarks.Count);
    }

    private static (string Text, int Count) Repeat(System.Func<int, string> piece, int characters = Characters)
    {
        var text = new StringBuilder(characters + 100);
        var count = 0;
        while (text.Length < characters)
        {
            text.Append(piece(count++));
        }

        return (text.ToString().TrimEnd(), count);
    }
}
