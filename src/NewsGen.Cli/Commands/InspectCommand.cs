using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using NewsGen.Cli.Output;
using NewsGen.Extraction.Model;

namespace NewsGen.Cli.Commands;

/// <summary>
/// <c>newsgen inspect [--json] PATH...</c>: what the generator would extract from each file, with the same
/// diagnostics as <c>check</c> (per file and corpus-wide), and which corrections changed it. Exit code 1 when a file
/// could not be read.
/// </summary>
internal static class InspectCommand
{
    public const string Usage = "usage: newsgen inspect [--json] [--max-file-size N] [--boilerplate REGEX]... [--schema CS_FILE_OR_DIR]... PATH...";

    private const string Json = "--json";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (ArticleRun.Start(args, Usage, [Json], [], stderr) is not { } start)
        {
            return ArticleRun.UsageError;
        }

        var (line, _, unreadable, run) = start;
        var results = run.Entries
            .Select(e => (Path: e.Source.Path, Result: e.Result with { Diagnostics = run.In(e.Source.Path).ToEquatableArray() }))
            .ToList();
        if (line.Has(Json))
        {
            using var stream = new MemoryStream();
            var articleFiles = results.Where(r => r.Result.Article is not null).Select(r => r.Path).ToHashSet();
            JsonDump.Write(stream, results, run.Diagnostics.Where(d => !articleFiles.Contains(d.Path)).ToList());
            stdout.Write(Encoding.UTF8.GetString(stream.ToArray()));
            stdout.WriteLine();
        }
        else
        {
            var articleFiles = results.Select(r => r.Path).ToHashSet();
            foreach (var diagnostic in run.Diagnostics.Where(d => !articleFiles.Contains(d.Path)))
            {
                stdout.WriteLine(DiagnosticText.Format(diagnostic, diagnostic.Severity));
            }

            foreach (var (file, result) in results)
            {
                TextSummary.Write(stdout, file, result);
            }
        }

        return unreadable > 0 ? 1 : 0;
    }
}
