using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>
/// The boilerplate patterns in effect: the embedded default list (<c>Data/boilerplate.txt</c>) plus the consumer's
/// <see cref="ExtractionOptions.BoilerplatePatterns"/>. Invalid consumer patterns are skipped and reported, never thrown.
/// </summary>
public static class BoilerplatePatterns
{
    private static readonly Lazy<BoilerplateMatcher> DefaultMatcher = new(() => CreateMatcher([]));

    private static CacheEntry? _lastCompiled;

    /// <summary>The default patterns, as listed in the embedded data file.</summary>
    public static IReadOnlyList<string> Defaults { get; } = EmbeddedData.Lines("boilerplate.txt");

    /// <summary>
    /// The matcher for <paramref name="options"/>. Pattern sets repeat from file to file, so the last compiled one
    /// is reused.
    /// </summary>
    public static BoilerplateMatcher Compile(ExtractionOptions options)
    {
        var extra = options.BoilerplatePatterns;
        if (extra.Count == 0)
        {
            return DefaultMatcher.Value;
        }

        var last = _lastCompiled;
        if (last is not null && last.Patterns == extra)
        {
            return last.Matcher;
        }

        var matcher = CreateMatcher(extra);
        _lastCompiled = new CacheEntry(extra, matcher);
        return matcher;
    }

    /// <summary>
    /// The text every match of a default <paramref name="pattern"/> holds when the pattern may begin anywhere in its
    /// first characters: the literal run after its leading <c>.{0,N}</c>. Such a pattern backtracks over those
    /// characters on every block, so it is tried only on blocks that hold the cue. Null for patterns anchored at
    /// their first word (they fail on the first character) and for any pattern with an alternation, whose branches
    /// need not share the run.
    /// </summary>
    internal static string? FloatingCue(string pattern)
    {
        const string Lead = ".{0,";
        if (!pattern.StartsWith(Lead, StringComparison.Ordinal) || pattern.IndexOf('|') >= 0)
        {
            return null;
        }

        var start = Lead.Length;
        while (start < pattern.Length && char.IsDigit(pattern[start]))
        {
            start++;
        }

        if (start == Lead.Length || start == pattern.Length || pattern[start] != '}')
        {
            return null;
        }

        start++;
        if (string.CompareOrdinal(pattern, start, @"\b", 0, 2) == 0)
        {
            start += 2;
        }

        var end = start;
        while (end < pattern.Length && (char.IsLetterOrDigit(pattern[end]) || pattern[end] == ' '))
        {
            end++;
        }

        // A quantifier that allows zero repeats applies to the run's last character, which is then not required.
        if (end < pattern.Length && pattern[end] is '?' or '*' or '{')
        {
            end--;
        }

        return end > start ? pattern.Substring(start, end - start) : null;
    }

    private static BoilerplateMatcher CreateMatcher(IEnumerable<string> consumerPatterns)
    {
        var anchored = new List<string>();
        var floating = new List<PatternPair>();
        foreach (var pattern in Defaults)
        {
            if (FloatingCue(pattern) is { } cue)
            {
                floating.Add(PatternPair.BuiltIn(pattern, cue));
            }
            else
            {
                anchored.Add("(?:" + pattern + ")");
            }
        }

        var consumer = new List<PatternPair>();
        var invalid = new List<InvalidPattern>();
        foreach (var pattern in consumerPatterns.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            try
            {
                consumer.Add(PatternPair.Create(pattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)));
            }
            catch (ArgumentException exception)
            {
                invalid.Add(new InvalidPattern(pattern, exception.Message));
            }
        }

        var builtIn = PatternPair.BuiltIn(string.Join("|", anchored), cue: null);
        return new BoilerplateMatcher([builtIn, .. floating, .. consumer], invalid);
    }

    private sealed record CacheEntry(EquatableArray<string> Patterns, BoilerplateMatcher Matcher);
}
