using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Cli.Output;
using NewsGen.Extraction.Model;

namespace NewsGen.Cli.Commands;

/// <summary>
/// <c>newsgen check [--warnaserror] [--sarif FILE] PATH...</c>: the content diagnostics a build would report, outside a
/// build. Exit code 1 when there is an error or a file cannot be read (warnings count as errors with
/// <c>--warnaserror</c>), 0 otherwise, 2 for
/// a usage problem.
/// </summary>
internal static class CheckCommand
{
    public const string Usage = "usage: newsgen check [--warnaserror] [--sarif FILE] [--max-file-size N] [--boilerplate REGEX]... [--schema CS_FILE_OR_DIR]... PATH...";

    private const string WarnAsError = "--warnaserror";
    private const string Sarif = "--sarif";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (ArticleRun.Start(args, Usage, [WarnAsError], [Sarif], stderr) is not { } start)
        {
            return ArticleRun.UsageError;
        }

        var (line, fileCount, unreadable, run) = start;
        var promote = line.Has(WarnAsError);
        var reported = run.Diagnostics.Select(d => (Diagnostic: d, Severity: Effective(d.Severity, promote))).ToList();
        foreach (var (diagnostic, severity) in reported)
        {
            stdout.WriteLine(DiagnosticText.Format(diagnostic, severity));
        }

        if (line.Value(Sarif) is { } sarifPath)
        {
            using var stream = File.Create(sarifPath);
            SarifLog.Write(stream, reported, Directory.GetCurrentDirectory());
        }

        var errors = unreadable + reported.Count(r => r.Severity == ContentSeverity.Error);
        var warnings = reported.Count(r => r.Severity == ContentSeverity.Warning);
        stderr.WriteLine($"newsgen: {fileCount} file(s) checked, {errors} error(s), {warnings} warning(s), {reported.Count - errors - warnings} info");
        return errors > 0 ? 1 : 0;
    }

    private static ContentSeverity Effective(ContentSeverity severity, bool warningsAsErrors) =>
        warningsAsErrors && severity == ContentSeverity.Warning ? ContentSeverity.Error : severity;
}
