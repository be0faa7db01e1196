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
        var origin = diagnostic.Path.Length == 0
            ? "newsgen"
            : string.Create(CultureInfo.InvariantCulture, $"{diagnostic.Path}({diagnostic.Location.StartLine + 1},{diagnostic.Location.StartColumn + 1})");
        return $"{origin}: {Name(severity)} {diagnostic.Id}: {diagnostic.Message}";
    }

    public static string Name(ContentSeverity severity) =>
        severity switch
        {
            ContentSeverity.Error => "error",
            ContentSeverity.Warning => "warning",
            _ => "info",
        };
}
