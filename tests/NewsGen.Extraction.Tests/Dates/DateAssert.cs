using System.Linq;
using NewsGen.Extraction.Dates;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Tests.Dates;

internal static class DateAssert
{
    public static CalendarDate Day(string iso) => CalendarDate.TryParseIso(iso)!.Value;

    /// <summary>The single mention, checked against its text and value.</summary>
    public static DateMention Single(DateResolution resolution, string text, string? value)
    {
        var mention = Assert.Single(resolution.Dates);
        Assert.Equal(text, mention.Text);
        Assert.Equal(value, mention.Value?.ToString());
        return mention;
    }

    /// <summary>The mentions as "text=value" pairs, in order.</summary>
    public static string[] Pairs(DateResolution resolution) =>
        resolution.Dates.Select(d => $"{d.Text}={d.Value?.ToString() ?? "null"}").ToArray();
}
