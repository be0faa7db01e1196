using System.Collections.Generic;
using System.IO;
using NewsGen.Cli.Analysis;
using NewsGen.Cli.Input;

namespace NewsGen.Cli.Commands;

/// <summary>
/// What the commands that read articles share: their parsed command line, how many files it named and the
/// extraction run over those files.
/// </summary>
internal sealed record ArticleRun(CommandLine Line, int FileCount, ContentRun Content)
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

        var (files, missing) = ArticleFiles.Expand(line.Paths);
        if (missing.Count > 0)
        {
            stderr.WriteLine($"newsgen: no such file or directory: {string.Join(", ", missing)}");
            return null;
        }

        return new ArticleRun(line, files.Count, ContentRun.Of(files, extractionOptions));
    }
}
