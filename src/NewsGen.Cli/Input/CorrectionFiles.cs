using System;
using System.Collections.Generic;
using System.IO;
using NewsGen.Extraction.Corrections;

namespace NewsGen.Cli.Input;

/// <summary>
/// Finds the corpus-wide corrections by convention: a <c>newsgen.yml</c> beside the articles applies to every article
/// in its folder (not in sub-folders, which may have their own).
/// </summary>
internal static class CorrectionFiles
{
    /// <summary>The corrections for each folder that holds one of <paramref name="files"/>, read once per folder.</summary>
    public static IReadOnlyDictionary<string, CorrectionSet> Beside(IEnumerable<string> files)
    {
        var sets = new Dictionary<string, CorrectionSet>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var folder = FolderOf(file);
            if (!sets.ContainsKey(folder))
            {
                var path = Path.Combine(folder, CorrectionsReader.FileName);
                sets[folder] = File.Exists(path) ? CorrectionsReader.ReadFile(path, File.ReadAllText(path)) : CorrectionSet.Empty;
            }
        }

        return sets;
    }

    /// <summary>The folder whose <c>newsgen.yml</c> applies to <paramref name="file"/>.</summary>
    public static string FolderOf(string file) => Path.GetDirectoryName(Path.GetFullPath(file)) ?? string.Empty;
}
