using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsGen.Extraction.Text;

/// <summary>Reads the line lists embedded from <c>Data/**/*.txt</c>.</summary>
internal static class EmbeddedData
{
    private const string Prefix = "NewsGen.Extraction.Data.";

    private static readonly char[] LineBreaks = ['\r', '\n'];

    /// <summary>Resource names by their path under Data/ with forward slashes, whatever separator the build used.</summary>
    private static readonly Dictionary<string, string> ResourceNames = typeof(EmbeddedData).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .ToDictionary(n => n.Substring(Prefix.Length).Replace('\\', '/'), n => n, StringComparer.Ordinal);

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

    /// <summary>The entries of <paramref name="path"/> as a set.</summary>
    public static HashSet<string> Set(string path, StringComparer comparer) => new(Lines(path), comparer);
}
