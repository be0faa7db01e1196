using System;
using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Structure;

/// <summary>One boilerplate pattern compiled for the two ways blocks are tested.</summary>
internal sealed class PatternPair
{
    private const RegexOptions Common = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private PatternPair(Regex whole, Regex leadingSegment)
    {
        Whole = whole;
        LeadingSegment = leadingSegment;
    }

    /// <summary>Matches when the pattern covers the whole block, trailing punctuation aside.</summary>
    public Regex Whole { get; }

    /// <summary>Matches when the pattern covers the block's first segment (up to punctuation or the end).</summary>
    public Regex LeadingSegment { get; }

    /// <summary>Compiles <paramref name="pattern"/>; throws <see cref="ArgumentException"/> when it is not a valid regex.</summary>
    public static PatternPair Create(string pattern, RegexOptions extra, TimeSpan timeout) =>
        new(
            new Regex(@"\A(?:" + pattern + @")[\s.!:…»›>|•·\-–—]*\z", Common | extra, timeout),
            new Regex(@"\A(?:" + pattern + @")(?=\s*(?:[.!|•·:–—]|\z))", Common | extra, timeout));
}
