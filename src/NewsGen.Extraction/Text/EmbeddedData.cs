using System;
using System.Collections.Generic;
using System.IO;

namespace NewsGen.Extraction.Text;

/// <summary>Reads the line lists embedded from <c>Data/**/*.txt</c>.</summary>
internal static class EmbeddedData
{
    private const string Prefix = "NewsGen.Extraction.Data.";

    private static readonly char[] LineBreaks = ['\r', '\n'];

    private static readonly char[] WordSeparators = [' ', '\t'];

    /// <summary>Resource names by their path under Data/ with forward slashes, whatever separator the build used.</summary>
    private static readonly Dictionary<string, string> ResourceNames = ByDataPath(typeof(EmbeddedData).Assembly.GetManifestResourceNames());

    /// <summary>
    /// The entries of <c>Data/<paramref name="path"/></c> (e.g. <c>entities/honorifics.txt</c>): one per line,
    /// trimmed, without blank lines and <c>#</c> comment lines.
    /// </summary>
    public static IReadOnlyList<string> Lines(string path)
    {
        if (!ResourceNames.TryGetValue(path, out var name))
        {
            throw new InvalidDataException($"Embedded data file {path} is missing.");
        }

        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        // The framework's own loops, not one here: a loop over the gazetteer's many thousand lines had the JIT compile
        // this method a second time, optimized on the stack (OSR), in every fresh compiler process.
        var entries = Array.ConvertAll(reader.ReadToEnd().Split(LineBreaks, StringSplitOptions.RemoveEmptyEntries), line => line.Trim());
        return new List<string>(Array.FindAll(entries, entry => entry.Length > 0 && entry[0] != '#'));
    }

    /// <summary>The entries of <paramref name="path"/>, each split into its words (a list of a word and its marks or forms).</summary>
    public static IReadOnlyList<string[]> WordsByLine(string path)
    {
        var lines = Lines(path);
        var words = new List<string[]>(lines.Count);
        foreach (var line in lines)
        {
            words.Add(line.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries));
        }

        return words;
    }

    /// <summary>The entries of <paramref name="path"/> as a set.</summary>
    public static HashSet<string> Set(string path, StringComparer comparer) => new(Lines(path), comparer);

    // A loop, not Where and ToDictionary with three lambdas: this runs first in every fresh compiler process.
    private static Dictionary<string, string> ByDataPath(string[] resourceNames)
    {
        var byPath = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in resourceNames)
        {
            if (name.StartsWith(Prefix, StringComparison.Ordinal))
            {
                byPath.Add(name.Substring(Prefix.Length).Replace('\\', '/'), name);
            }
        }

        return byPath;
    }
}
