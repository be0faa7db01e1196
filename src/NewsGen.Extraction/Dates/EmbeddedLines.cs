using System.Collections.Generic;
using System.IO;

namespace NewsGen.Extraction.Dates;

/// <summary>Reads a word list shipped as an embedded resource under <c>Data/</c>.</summary>
internal static class EmbeddedLines
{
    /// <summary>The trimmed, non-empty lines of <c>Data/<paramref name="fileName"/></c>; lines starting with <c>#</c> are comments.</summary>
    public static IReadOnlyList<string> Read(string fileName)
    {
        var name = "NewsGen.Extraction.Data." + fileName;
        using var stream = typeof(EmbeddedLines).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
