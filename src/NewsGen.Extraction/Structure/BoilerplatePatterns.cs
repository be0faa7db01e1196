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

    private static BoilerplateMatcher CreateMatcher(IEnumerable<string> consumerPatterns)
    {
        var defaults = string.Join("|", Defaults.Select(p => "(?:" + p + ")"));
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

        var builtIn = PatternPair.BuiltIn(defaults);
        return new BoilerplateMatcher([builtIn, .. consumer], invalid);
    }

    private sealed record CacheEntry(EquatableArray<string> Patterns, BoilerplateMatcher Matcher);
}
