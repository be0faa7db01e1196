using System.Globalization;
using NewsGen.Extraction.Model;

namespace NewsGen.Cli.Output;

/// <summary>
/// The canonical one-line form compilers and editors parse: <c>path(line,col): warning NG1001: message</c>, with
/// 1-based line and column; a diagnostic that belongs to no file is shown as <c>newsgen: error NG3003: message</c>.
/// </summary>
internal static class DiagnosticText
{
    public static string Format(ContentDiagnostic diagnostic, ContentSeverity severity)
    {
        var origin = diagnostic.Path.Length == 0 ? "newsgen" : Location(diagnostic.Path, diagnostic.Location);
        return $"{origin}: {Name(severity)} {diagnostic.Id}: {diagnostic.Message}";
    }

    /// <summary><c>path(line,col)</c> with 1-based line and column.</summary>
    public static string Location(string path, SourceSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{path}({span.StartLine + 1},{span.StartColumn + 1})");

    public static string Name(ContentSeverity severity) =>
        severity switch
        {
            ContentSeverity.Error => "error",
            ContentSeverity.Warning => "warning",
            _ => "info",
        };
}
