using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Tests.Validation;

internal static class DiagnosticAssert
{
    /// <summary>Asserts id, severity, exact message and the zero-based start and end of the primary location.</summary>
    public static void Is(
        ContentDiagnostic diagnostic, string id, ContentSeverity severity, string message, (int Line, int Column) start, (int Line, int Column) end)
    {
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(message, diagnostic.Message);
        Assert.Equal(start, (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
        Assert.Equal(end, (diagnostic.Location.EndLine, diagnostic.Location.EndColumn));
    }
}
