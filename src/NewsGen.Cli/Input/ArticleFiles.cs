using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsGen.Cli.Input;

/// <summary>Expands command-line paths into article files: files as given, directories searched recursively for <c>*.txt</c>.</summary>
internal static class ArticleFiles
{
    // Like the operating system's limit on symbolic links followed while resolving one path (ELOOP).
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <summary>
    /// The files named by <paramref name="paths"/>, each once (by real path, so a symbolic-link loop or a second link
    /// to a file does not read it again), directory contents in ordinal order; the paths that exist neither as file
    /// nor as directory are returned in <c>Missing</c>.
    /// </summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(RealPath(path)))
                {
                    files.Add(path);
                }
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(InDirectory(path, seen));
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);
    }

    /// <summary>
    /// The <c>*.txt</c> files under <paramref name="directory"/> not yet in <paramref name="seen"/>, in ordinal order.
    /// Breadth first, each real directory once: a file reachable along several paths keeps the shallowest, and a link
    /// back to an ancestor is not followed again.
    /// </summary>
    private static IEnumerable<string> InDirectory(string directory, HashSet<string> seen)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true };
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<string>();
        var pending = new Queue<string>();
        pending.Enqueue(directory);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            if (!visited.Add(RealPath(current)))
            {
                continue;
            }

            found.AddRange(Directory.EnumerateFiles(current, "*.txt", options).Order(StringComparer.Ordinal).Where(f => seen.Add(RealPath(f))));
            foreach (var sub in Directory.EnumerateDirectories(current, "*", options).Order(StringComparer.Ordinal))
            {
                pending.Enqueue(sub);
            }
        }

        return found.Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// <paramref name="path"/> with every symbolic link along it resolved, component by component (a link's target
    /// may itself pass through links); links beyond <see cref="MaxLinks"/> deep are left as they are.
    /// </summary>
    private static string RealPath(string path, int depth = 0)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        var current = root;
        foreach (var part in full.Substring(root.Length).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (depth < MaxLinks && new FileInfo(current).LinkTarget is { } target)
            {
                current = RealPath(Path.Combine(Path.GetDirectoryName(current) ?? root, target), depth + 1);
            }
        }

        return current;
    }
}
