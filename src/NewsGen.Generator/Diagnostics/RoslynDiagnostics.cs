using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NewsGen.Extraction.Model;
using NewsGen.Generator.Analyzers;

namespace NewsGen.Generator.Diagnostics;

/// <summary>Maps content diagnostics from the extraction layer onto Roslyn diagnostics located in the .txt files.</summary>
internal static class RoslynDiagnostics
{
    /// <summary>One Roslyn descriptor per catalog entry, built once.</summary>
    public static IReadOnlyDictionary<string, DiagnosticDescriptor> Descriptors { get; } =
        NewsGenDescriptors.All.ToDictionary(d => d.Id);

    public static Diagnostic ToDiagnostic(ContentDiagnostic diagnostic) =>
        Diagnostic.Create(
            Descriptors[diagnostic.Id],
            ToLocation(diagnostic.Path, diagnostic.Location),
            diagnostic.AdditionalLocations.Select(l => ToLocation(l.Path, l.Span)),
            diagnostic.Arguments.ToArray<object>());

    public static Location ToLocation(string path, SourceSpan span) =>
        path.Length == 0 ? Location.None : Location.Create(
            path,
            new TextSpan(span.Start, span.Length),
            new LinePositionSpan(new LinePosition(span.StartLine, span.StartColumn), new LinePosition(span.EndLine, span.EndColumn)));
}
