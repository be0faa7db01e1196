using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Structure;

/// <summary>Reads an optional block of <c>key: value</c> lines between two <c>---</c> lines at the top of a file.</summary>
public static class FrontMatterReader
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.OrdinalIgnoreCase) { "id", "published", "source", "author" };

    /// <summary>The front matter of <paramref name="document"/>, or <see cref="FrontMatter.None"/>.</summary>
    public static FrontMatter Read(SourceDocument document)
    {
        var text = document.Text;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return FrontMatter.None;
        }

        var entries = new Dictionary<string, FrontMatterEntry>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<FrontMatterEntry>();
        var position = 4;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end;
            var line = text.Substring(position, lineEnd - position);
            if (line.TrimEnd() == "---")
            {
                return new FrontMatter(entries, end < 0 ? text.Length : end + 1, unknown);
            }

            var colon = line.IndexOf(':');
            if (colon > 0)
            {
                var key = line.Substring(0, colon).Trim();
                var rawValue = line.Substring(colon + 1);
                var value = rawValue.Trim();
                var valueStart = position + colon + 1 + (rawValue.Length - rawValue.TrimStart().Length);
                var entry = new FrontMatterEntry(key, value, position + (line.Length - line.TrimStart().Length), valueStart);
                if (KnownKeys.Contains(key))
                {
                    entries[key] = entry;
                }
                else
                {
                    unknown.Add(entry);
                }
            }

            position = lineEnd + 1;
        }

        return FrontMatter.None;
    }
}
