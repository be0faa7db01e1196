using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsGen.Cli.Output;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;

namespace NewsGen.Cli.Tests.Output;

public class SarifLogTests
{
    [Fact]
    public void Check_writes_a_sarif_2_1_0_log_with_rules_and_located_results()
    {
        using var corpus = new TempCorpus();
        var file = corpus.Write("bad.txt", "---\npublshed: 2018-11-29\n---\nCouncil vote\n\nThe council voted.\n");
        var sarif = Path.Combine(corpus.Root, "out.sarif");

        Run.Check("--sarif", sarif, file);

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var root = log.RootElement;
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("NewsGen", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id), rules.Select(r => r.GetProperty("id").GetString()));
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "NG3001");
        Assert.Equal("UnknownFrontMatterKey", rule.GetProperty("name").GetString());
        Assert.Equal("Unknown front-matter key", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Equal(DiagnosticCatalog.UnknownFrontMatterKey.Help, rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.False(rule.TryGetProperty("helpUri", out _));

        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("NG3001", result.GetProperty("ruleId").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("Unknown front-matter key 'publshed'; expected one of id, published, source, author, corrections", result.GetProperty("message").GetProperty("text").GetString());
        var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal(new Uri(file).AbsoluteUri, physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal((2, 1, 2, 9), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Fact]
    public void Files_under_the_base_directory_are_relative_to_srcroot_and_further_locations_are_related()
    {
        using var corpus = new TempCorpus();
        var span = new SourceSpan(0, 4, 0, 0, 0, 4);
        var diagnostic = new ContentDiagnostic(
            "NG2001", ContentSeverity.Error, "dup", Path.Combine(corpus.Root, "my news", "a.txt"), span,
            new[] { new FileSpan(Path.Combine(corpus.Root, "b.txt"), span) }.ToEquatableArray());
        using var stream = new MemoryStream();

        SarifLog.Write(stream, [(diagnostic, ContentSeverity.Error)], corpus.Root);

        using var log = JsonDocument.Parse(stream.ToArray());
        var run = log.RootElement.GetProperty("runs")[0];
        Assert.Equal(new Uri(corpus.Root + Path.DirectorySeparatorChar).AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString());
        var result = run.GetProperty("results")[0];
        var artifact = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("my%20news/a.txt", artifact.GetProperty("uri").GetString());
        Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
        Assert.Equal("b.txt", result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Info_is_a_note_and_a_diagnostic_without_a_file_has_no_location()
    {
        var diagnostic = new ContentDiagnostic("NG3003", ContentSeverity.Info, "bad pattern", string.Empty, new SourceSpan(0, 0, 0, 0, 0, 0), EquatableArray<FileSpan>.Empty);
        using var stream = new MemoryStream();

        SarifLog.Write(stream, [(diagnostic, ContentSeverity.Info)], Path.GetTempPath());

        using var log = JsonDocument.Parse(stream.ToArray());
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        Assert.Equal("note", result.GetProperty("level").GetString());
        Assert.Equal(0, result.GetProperty("locations").GetArrayLength());
    }
}
