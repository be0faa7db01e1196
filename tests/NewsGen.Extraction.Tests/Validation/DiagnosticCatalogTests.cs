using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Validation;
using NewsGen.Tests;

namespace NewsGen.Extraction.Tests.Validation;

/// <summary>The catalog is the one table of diagnostics; docs/diagnostics.md must say what it says.</summary>
public class DiagnosticCatalogTests
{
    private static readonly string Docs = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md")).Replace("\r\n", "\n");

    [Fact]
    public void Catalog_entries_are_in_id_order_with_unique_ids()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();

        Assert.Equal(ids.OrderBy(id => id, StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^NG[0-9]{4}$", id));
    }

    [Fact]
    public void Every_field_is_filled_and_no_text_links_to_a_web_site()
    {
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title));
            Assert.Contains("{0}", d.MessageFormat);
            Assert.StartsWith("NewsGen.", d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.Help));
            Assert.DoesNotContain("http", d.Help + d.MessageFormat, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void The_docs_index_lists_every_entry_with_its_severity_and_title()
    {
        var rows = Regex.Matches(Docs, @"^\| \[(NG\d{4})\]\(#ng\d{4}\) \| (\w+) \| (.+?) \|$", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value));

        Assert.Equal(DiagnosticCatalog.All.Select(d => (d.Id, d.Severity.ToString().ToLowerInvariant(), d.Title)), rows);
    }

    [Fact]
    public void Each_docs_section_is_headed_by_id_and_title_and_opens_with_severity_and_help_text()
    {
        var sections = Regex.Matches(Docs, @"^## (NG\d{4}) (.+)\n\n((?:.+\n)+)", RegexOptions.Multiline)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, string.Join(" ", m.Groups[3].Value.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));

        Assert.Equal(
            DiagnosticCatalog.All.Select(d => (d.Id, d.Title, $"**{d.Severity}.** {d.Help}")),
            sections);
    }
}
