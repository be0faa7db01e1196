using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsGen.Extraction.Entities.Lexicon;

/// <summary>Reads the embedded data files under Data/ (one entry a line, <c>#</c> starts a comment line).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "NewsGen.Extraction.Data.";

    /// <summary>Resource names by their path under Data/ with forward slashes, whatever separator the build used.</summary>
    private static readonly Dictionary<string, string> ResourceNames = typeof(EmbeddedData).Assembly
        .GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .ToDictionary(n => n.Substring(Prefix.Length).Replace('\\', '/'), n => n, StringComparer.Ordinal);

    /// <summary>The non-empty, non-comment lines of <paramref name="path"/> (e.g. <c>entities/honorifics.txt</c>), trimmed.</summary>
    public static IEnumerable<string> Lines(string path)
    {
        if (!ResourceNames.TryGetValue(path, out var name))
        {
            throw new InvalidOperationException($"Embedded data file {path} is missing.");
        }

        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    /// <summary>The lines of <paramref name="path"/> as a set.</summary>
    public static HashSet<string> Set(string path, StringComparer comparer) => new(Lines(path), comparer);
}
