using System.Collections.Generic;
using System.IO;

namespace NewsGen.Extraction.Text;

/// <summary>Reads the line lists embedded from <c>Data/*.txt</c>.</summary>
internal static class EmbeddedData
{
    /// <summary>
    /// The entries of <c>Data/<paramref name="fileName"/></c>: one per line, trimmed, without blank lines and
    /// <c>#</c> comment lines.
    /// </summary>
    public static IReadOnlyList<string> Lines(string fileName)
    {
        var name = "NewsGen.Extraction.Data." + fileName;
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                lines.Add(entry);
            }
        }

        return lines;
    }
}
