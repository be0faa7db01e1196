using System;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>One boilerplate pattern compiled for the two ways blocks are tested.</summary>
internal sealed class PatternPair
{
    private const RegexOptions Common = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string WholeEnd = @")[\s.!:…»›>|•·\-–—]*\z";
    private const string SegmentEnd = @")(?=\s*(?:[.!|•·:–—]|\z))";

    private readonly Func<string, bool> _whole;
    private readonly Func<string, bool> _leadingSegment;

    private PatternPair(Func<string, bool> whole, Func<string, bool> leadingSegment)
    {
        _whole = whole;
        _leadingSegment = leadingSegment;
    }

    /// <summary>Whether the pattern covers the whole <paramref name="block"/>, trailing punctuation aside.</summary>
    public bool MatchesWhole(string block) => _whole(block);

    /// <summary>Whether the pattern covers the first segment of <paramref name="block"/> (up to punctuation or the end).</summary>
    public bool MatchesLeadingSegment(string block) => _leadingSegment(block);

    /// <summary>Compiles a consumer's <paramref name="pattern"/>; throws <see cref="ArgumentException"/> when it is not a valid regex.</summary>
    public static PatternPair Create(string pattern, RegexOptions extra, TimeSpan timeout) =>
        new(
            new Regex(@"\A(?:" + pattern + WholeEnd, Common | extra, timeout).IsMatch,
            new Regex(@"\A(?:" + pattern + SegmentEnd, Common | extra, timeout).IsMatch);

    /// <summary>
    /// Built-in patterns, tried on every block of every article: compiled once they have read enough text
    /// (<see cref="AdaptiveRegex"/>), and never timed out. With a <paramref name="cue"/> (text every match holds),
    /// a block is tried only when a search for the cue with the pattern's own case rules finds it.
    /// </summary>
    public static PatternPair BuiltIn(string pattern, string? cue)
    {
        var whole = new AdaptiveRegex(@"\A(?:" + pattern + WholeEnd, Common);
        var leadingSegment = new AdaptiveRegex(@"\A(?:" + pattern + SegmentEnd, Common);
        if (cue is null)
        {
            return new(whole.IsMatch, leadingSegment.IsMatch);
        }

        var cueSearch = new AdaptiveRegex(Regex.Escape(cue), Common);
        return new(
            block => cueSearch.IsMatch(block) && whole.IsMatch(block),
            block => cueSearch.IsMatch(block) && leadingSegment.IsMatch(block));
    }
}
