using System.Text.RegularExpressions;
using System.Threading;

namespace NewsGen.Extraction.Text;

/// <summary>
/// A regular expression built on first use and interpreted until it has read enough text for compiling to pay.
/// <see cref="RegexOptions.Compiled"/> doubles the throughput of the patterns that scan most of the text, but the
/// code it emits is compiled by the JIT in every fresh process, which costs a one-article build more than its whole
/// extraction; a pattern that scans a big corpus is compiled once it has read <see cref="CompileAfter"/> characters.
/// The switch changes no match. Safe to share between threads: a race builds a pattern twice, never a wrong one.
/// </summary>
internal sealed class AdaptiveRegex
{
    /// <summary>Characters a pattern reads interpreted before it is compiled: about 200 articles (benchmarks/README.md).</summary>
    public const long CompileAfter = 512 * 1024;

    private readonly string _pattern;
    private readonly RegexOptions _options;
    private readonly bool _compileWhenHot;
    private Regex? _interpreted;
    private Regex? _compiled;
    private long _read;

    /// <summary>A pattern that is never compiled (<paramref name="compileWhenHot"/> false) or compiled once it has read enough text.</summary>
    public AdaptiveRegex(string pattern, RegexOptions options, bool compileWhenHot = true)
    {
        _pattern = pattern;
        _options = options & ~RegexOptions.Compiled;
        _compileWhenHot = compileWhenHot;
    }

    /// <summary>The pattern to run over <paramref name="length"/> characters, counted towards compiling it.</summary>
    public Regex For(int length)
    {
        if (Volatile.Read(ref _compiled) is { } compiled)
        {
            return compiled;
        }

        if (_compileWhenHot && Interlocked.Add(ref _read, length) > CompileAfter)
        {
            compiled = new Regex(_pattern, _options | RegexOptions.Compiled);
            Volatile.Write(ref _compiled, compiled);
            return compiled;
        }

        return Volatile.Read(ref _interpreted) ?? Interpreted();
    }

    /// <summary>The first match in <paramref name="input"/> (for a right-to-left pattern, the last).</summary>
    public Match Match(string input) => For(input.Length).Match(input);

    /// <summary>The first match in <paramref name="input"/> from <paramref name="start"/>.</summary>
    public Match Match(string input, int start) => For(input.Length - start).Match(input, start);

    /// <summary>
    /// The first match (for a right-to-left pattern, the last) in the <paramref name="length"/> characters from
    /// <paramref name="beginning"/>, read as if they were the whole input; its index counts from the start of <paramref name="input"/>.
    /// </summary>
    public Match Match(string input, int beginning, int length) => For(length).Match(input, beginning, length);

    /// <summary>Every match in <paramref name="input"/>.</summary>
    public MatchCollection Matches(string input) => For(input.Length).Matches(input);

    /// <summary>Whether <paramref name="input"/> has a match.</summary>
    public bool IsMatch(string input) => For(input.Length).IsMatch(input);

    /// <summary>Whether <paramref name="input"/> has a match from <paramref name="start"/>.</summary>
    public bool IsMatch(string input, int start) => For(input.Length - start).IsMatch(input, start);

    private Regex Interpreted()
    {
        var interpreted = new Regex(_pattern, _options);
        Volatile.Write(ref _interpreted, interpreted);
        return interpreted;
    }
}
