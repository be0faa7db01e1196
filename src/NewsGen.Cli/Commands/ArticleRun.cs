using System;
using System.Collections.Generic;
using System.IO;
using NewsGen.Cli.Analysis;
using NewsGen.Cli.Input;
using NewsGen.Extraction.Model;

namespace NewsGen.Cli.Commands;

/// <summary>
/// What the commands that read articles share: their parsed command line, how many files it named, how many of
/// them could not be read (each reported on stderr) and the extraction run over the others.
/// </summary>
internal sealed record ArticleRun(CommandLine Line, int FileCount, int Unreadable, ContentRun Content)
{
    /// <summary>The exit code for a usage problem or a path that does not exist.</summary>
    public const int UsageError = 2;

    /// <summary>
    /// Parses <paramref name="args"/> (the command's <paramref name="switches"/> and <paramref name="options"/> plus
    /// the extraction options), expands its paths to article files and runs extraction over them. Null after a usage
    /// problem or a missing path, which is reported on <paramref name="stderr"/>.
    /// </summary>
    public static ArticleRun? Start(IReadOnlyList<string> args, string usage, ICollection<string> switches, ICollection<string> options, TextWriter stderr)
    {
        var (line, error) = CommandLine.Parse(args, switches, [.. options, .. ExtractionOptionNames.All]);
        var (extractionOptions, optionsError) = line is null ? (null, null) : line.ExtractionOptions();
        error ??= optionsError;
        if (line is null || extractionOptions is null || error is not null || line.Paths.Count == 0)
        {
            stderr.WriteLine(error is null ? usage : $"newsgen: {error}\n{usage}");
            return null;
        }

        var schema = SchemaFiles.Read(line.Values(SchemaFiles.Option));
        foreach (var unresolved in schema.Unresolved)
        {
            stderr.WriteLine($"newsgen: {unresolved} (give the file that declares it to {SchemaFiles.Option}, or the project folder)");
        }

        var (files, missing) = ArticleFiles.Expand(line.Paths);
        missing = [.. schema.Missing, .. missing];
        if (missing.Count > 0)
        {
            stderr.WriteLine($"newsgen: no such file or directory: {string.Join(", ", missing)}");
            return null;
        }

        var sources = new List<ArticleSource>(files.Count);
        foreach (var file in files)
        {
            if (Read(file, stderr) is { } source)
            {
                sources.Add(source);
            }
        }

        return new ArticleRun(line, files.Count, files.Count - sources.Count, ContentRun.Of(sources, extractionOptions, new SchemaCheck(schema.Schema, schema.Problems)));
    }

    /// <summary>
    /// The file's article source, or null after reporting why it cannot be read. A name that is not valid UTF-8
    /// reaches .NET with U+FFFD in place of its bytes, so it names no file and cannot be opened.
    /// </summary>
    private static ArticleSource? Read(string file, TextWriter stderr)
    {
        try
        {
            return ArticleReader.Read(file);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            var hint = file.IndexOf('\uFFFD') >= 0 ? " (the file name is not valid UTF-8; rename the file)" : string.Empty;
            stderr.WriteLine($"newsgen: cannot read {file}: {exception.Message}{hint}");
            return null;
        }
    }
}
