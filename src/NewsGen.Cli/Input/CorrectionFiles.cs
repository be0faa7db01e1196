using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Extraction.Corrections;

namespace NewsGen.Cli.Input;

/// <summary>
/// Finds the corpus-wide corrections by convention: a <c>newsgen.yml</c> beside the articles applies to every article
/// in its folder (not in sub-folders, which may have their own). Folders are compared by full path, so articles named
/// relative to the working directory find the same file.
/// </summary>
internal static class CorrectionFiles
{
    /// <summary>The <c>newsgen.yml</c> of each folder that holds one of <paramref name="files"/>, read once per folder.</summary>
    public static CorpusCorrections Beside(IEnumerable<string> files) =>
        new(files
            .Select(file => CorrectionFile.FolderOf(Path.GetFullPath(file)))
            .Distinct(StringComparer.Ordinal)
            .Select(folder => Path.Combine(folder, CorrectionsReader.FileName))
            .Where(File.Exists)
            .Select(path => CorrectionFile.Read(path, File.ReadAllText(path))));
}
