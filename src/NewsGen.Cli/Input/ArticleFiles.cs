using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsGen.Cli.Input;

/// <summary>Expands command-line paths into article files: files as given, directories searched recursively for <c>*.txt</c>.</summary>
internal static class ArticleFiles
{
    /// <summary>
    /// The files named by <paramref name="paths"/>, each once, directory contents in ordinal order; the paths that
    /// exist neither as file nor as directory are returned in <c>Missing</c>.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            IEnumerable<string> found;
            if (File.Exists(path))
            {
                found = [path];
            }
            else if (Directory.Exists(path))
            {
                found = Directory.EnumerateFiles(path, "*.txt", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal);
            }
            else
            {
                missing.Add(path);
                continue;
            }

            files.AddRange(found.Where(f => seen.Add(Path.GetFullPath(f))));
        }

        return (files, missing);
    }
}
