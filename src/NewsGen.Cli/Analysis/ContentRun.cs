using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Cli.Input;
using NewsGen.Extraction;
using NewsGen.Extraction.Metadata;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Extraction.Validation.Corpus;

namespace NewsGen.Cli.Analysis;

/// <summary>
/// What a build would report for a set of files, outside a build: settings checks, per-file extraction and checks,
/// then the corpus-wide checks, with the same engine the analyzer uses. A <c>newsgen.yml</c> beside the files
/// corrects them, and its problems are reported in it. With a metadata schema, front matter is checked against it
/// and the schema type's own problems come first.
/// </summary>
internal sealed record ContentRun(IReadOnlyList<CorpusEntry> Entries, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    public static ContentRun Of(IReadOnlyList<ArticleSource> sources, ExtractionOptions options, SchemaCheck? schema = null)
    {
        var corrections = CorrectionFiles.Beside(sources.Select(s => s.Path));
        var entries = sources
            .Select(source => new CorpusEntry(source, ArticleExtractor.Extract(source, options, corrections.For(Path.GetFullPath(source.Path)))))
            .ToList();
        var corpus = CorpusValidator.Validate(entries).Concat(corrections
            .WithArticles(entries, e => Path.GetFullPath(e.Source.Path))
            .SelectMany(file => file.File.Diagnostics(file.Articles.Select(e => e.Result))));
        var order = sources.Select((source, i) => (source.Path, i)).ToDictionary(p => p.Path, p => p.i, StringComparer.Ordinal);
        var diagnostics = OptionsValidator.Validate(options)
            .Concat(schema?.Problems ?? [])
            .Concat(entries.SelectMany(e => MetadataBinder.Check(e.Source, e.Result, schema?.Schema)).Concat(corpus)
                .OrderBy(d => order.TryGetValue(d.Path, out var i) ? i : int.MaxValue)
                .ThenBy(d => d.Location.Start)
                .ThenBy(d => d.Id, StringComparer.Ordinal))
            .ToList();
        return new ContentRun(entries, diagnostics);
    }

    /// <summary>The diagnostics located in <paramref name="path"/>.</summary>
    public IEnumerable<ContentDiagnostic> In(string path) => Diagnostics.Where(d => d.Path == path);
}

/// <summary>The metadata schema read from <c>--schema</c> (null when there is none) and the problems of its C# types.</summary>
internal sealed record SchemaCheck(MetadataSchema? Schema, IReadOnlyList<ContentDiagnostic> Problems);
