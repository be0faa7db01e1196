using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsGen.Extraction.Structure;

/// <summary>Decides whether a block is boilerplate, using compiled default and consumer patterns.</summary>
public sealed class BoilerplateMatcher
{
    // An array: every block is tested, and a foreach over a list interface allocates an enumerator each time.
    private readonly PatternPair[] _patterns;

    internal BoilerplateMatcher(PatternPair[] patterns, IReadOnlyList<InvalidPattern> invalidPatterns)
    {
        _patterns = patterns;
        InvalidPatterns = invalidPatterns;
    }

    /// <summary>Consumer patterns that could not be parsed and are therefore ignored.</summary>
    public IReadOnlyList<InvalidPattern> InvalidPatterns { get; }

    /// <summary>True when a pattern matches all of <paramref name="block"/> (trailing punctuation aside).</summary>
    public bool MatchesWhole(string block) => Any(block, whole: true);

    /// <summary>
    /// True when a pattern matches the start of <paramref name="block"/> up to the end of a segment
    /// (<c>© 2018 Agency | Terms</c>), the test for short footer lines.
    /// </summary>
    public bool MatchesLeadingSegment(string block) => Any(block, whole: false);

    private bool Any(string block, bool whole)
    {
        foreach (var pair in _patterns)
        {
            try
            {
                if (whole ? pair.MatchesWhole(block) : pair.MatchesLeadingSegment(block))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A consumer pattern that backtracks without end on this block simply does not match it.
            }
        }

        return false;
    }
}
