using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsGen.Extraction.Identifiers;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;

namespace NewsGen.Cli.Output;

/// <summary>
/// Writes diagnostics as a SARIF 2.1.0 log: one run whose driver lists every NewsGen rule, one result per
/// diagnostic with its region (1-based lines and columns) and its further locations as related locations.
/// Files under <c>baseDirectory</c> are given relative to <c>%SRCROOT%</c>, others as absolute file URIs.
/// </summary>
internal static class SarifLog
{
    private const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "SRCROOT";

    public static void Write(Stream stream, IReadOnlyList<(ContentDiagnostic Diagnostic, ContentSeverity Severity)> diagnostics, string baseDirectory)
    {
        var root = Path.GetFullPath(baseDirectory).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", new Uri(root).AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var (diagnostic, severity) in diagnostics)
        {
            WriteResult(json, diagnostic, severity, root);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "NewsGen");
        json.WriteString("version", typeof(SarifLog).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0");
        json.WriteStartArray("rules");
        foreach (var rule in DiagnosticCatalog.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", CSharpIdentifier.From(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.Help);
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.Severity));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, ContentDiagnostic diagnostic, ContentSeverity severity, string root)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", RuleIndex(diagnostic.Id));
        json.WriteString("level", Level(severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        if (diagnostic.Path.Length > 0)
        {
            WriteLocation(json, diagnostic.Path, diagnostic.Location, root);
        }

        json.WriteEndArray();
        if (diagnostic.AdditionalLocations.Count > 0)
        {
            json.WriteStartArray("relatedLocations");
            foreach (var location in diagnostic.AdditionalLocations)
            {
                WriteLocation(json, location.Path, location.Span, root);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, string path, SourceSpan span, string root)
    {
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var full = Path.GetFullPath(path);
        if (full.StartsWith(root, StringComparison.Ordinal))
        {
            json.WriteString("uri", string.Join("/", full.Substring(root.Length).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString)));
            json.WriteString("uriBaseId", SourceRoot);
        }
        else
        {
            json.WriteString("uri", new Uri(full).AbsoluteUri);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.StartLine + 1);
        json.WriteNumber("startColumn", span.StartColumn + 1);
        json.WriteNumber("endLine", span.EndLine + 1);
        json.WriteNumber("endColumn", span.EndColumn + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static int RuleIndex(string id)
    {
        for (var i = 0; i < DiagnosticCatalog.All.Count; i++)
        {
            if (DiagnosticCatalog.All[i].Id == id)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Level(ContentSeverity severity) =>
        severity switch
        {
            ContentSeverity.Error => "error",
            ContentSeverity.Warning => "warning",
            _ => "note",
        };
}
