using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Corrections;

/// <summary>
/// The corpus-wide corrections files of a build or a CLI run, and the rule that says which articles each one corrects:
/// a file corrects the articles in its own folder (not in sub-folders, which may have their own). The generator, the
/// analyzer and the CLI all go through this type, so they correct the same articles with the same corrections. Equal
/// by content, so the generator's pipeline can cache it.
/// </summary>
public sealed class CorpusCorrections : IEquatable<CorpusCorrections>
{
    // Arrays, not EquatableArray values: a dictionary over a struct is JIT-compiled anew in every fresh compiler process.
    private readonly Dictionary<string, Correction[]> _byFolder;

    /// <summary>
    /// The corrections of <paramref name="files"/>; several files in one folder apply in path order, and a path listed
    /// twice counts once.
    /// </summary>
    public CorpusCorrections(IEnumerable<CorrectionFile> files)
    {
        Files = files.GroupBy(f => f.Path, StringComparer.Ordinal).Select(g => g.First()).OrderBy(f => f.Path, StringComparer.Ordinal).ToEquatableArray();
        _byFolder = Files
            .GroupBy(f => f.Folder, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.SelectMany(f => f.Set.Corrections).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The files, in path order.</summary>
    public EquatableArray<CorrectionFile> Files { get; }

    /// <summary>The corpus-wide corrections that apply to the article at <paramref name="articlePath"/>.</summary>
    public EquatableArray<Correction> For(string articlePath) =>
        _byFolder.TryGetValue(CorrectionFile.FolderOf(articlePath), out var corrections) ? new(corrections) : EquatableArray<Correction>.Empty;

    /// <summary>
    /// Each file with the articles it corrects (none when no article is in its folder), in one pass over
    /// <paramref name="articles"/>, whose paths <paramref name="pathOf"/> gives.
    /// </summary>
    public IReadOnlyList<(CorrectionFile File, IReadOnlyList<T> Articles)> WithArticles<T>(IEnumerable<T> articles, Func<T, string> pathOf)
    {
        var byFolder = articles.ToLookup(a => CorrectionFile.FolderOf(pathOf(a)), StringComparer.Ordinal);
        return Files.Select(f => (f, (IReadOnlyList<T>)byFolder[f.Folder].ToList())).ToList();
    }

    /// <inheritdoc />
    public bool Equals(CorpusCorrections? other) => other is not null && Files.Equals(other.Files);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CorpusCorrections);

    /// <inheritdoc />
    public override int GetHashCode() => Files.GetHashCode();
}

/// <summary>One corpus-wide corrections file (<c>newsgen.yml</c>): its path and what was read from it.</summary>
public sealed record CorrectionFile(string Path, CorrectionSet Set)
{
    /// <summary>The folder whose articles this file corrects.</summary>
    public string Folder => FolderOf(Path);

    /// <summary>The folder of a file, as the matching of articles to corrections files compares it.</summary>
    public static string FolderOf(string path) => System.IO.Path.GetDirectoryName(path) ?? string.Empty;

    /// <summary>
    /// Everything reported in this file: what reading it found (NG3005, NG3007) and, given the results of the articles
    /// it corrects, each correction that applied to none of them (NG3006, NG3008).
    /// </summary>
    public IEnumerable<ContentDiagnostic> Diagnostics(IEnumerable<ExtractionResult> resultsOfItsArticles) =>
        Set.Diagnostics.Concat(CorrectionReport.UnappliedInCorpus(Set.Corrections, resultsOfItsArticles));

    /// <summary>Reads the file's text.</summary>
    public static CorrectionFile Read(string path, string text) => new(path, CorrectionsReader.ReadFile(path, text));
}
