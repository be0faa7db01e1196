using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NewsGen.Package.Tests.Infrastructure;
using NewsGen.Tests;

namespace NewsGen.Package.Tests.Contents;

/// <summary>Every setting the package's MSBuild files read has a row in the options tables a user reads.</summary>
public sealed class OptionsDocumentationTests
{
    public static TheoryData<string> Documents => new()
    {
        ConsumerPrograms.ReadmePath,
        Path.Combine(RepoPaths.Root, "docs", "options.md"),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_NewsGen_setting_has_a_row_in_the_options_table(string document)
    {
        var text = File.ReadAllText(document);

        var undocumented = Settings().Where(name => !text.Contains($"| `{name}` |")).ToArray();

        Assert.True(Settings().Count > 0, "No NewsGen settings were found in the MSBuild files.");
        Assert.True(undocumented.Length == 0, $"{document} has no options-table row for: {string.Join(", ", undocumented)}");
    }

    /// <summary>Public settings: properties and item metadata named NewsGen*, as the props and targets declare or read them.</summary>
    private static IReadOnlyCollection<string> Settings()
    {
        var build = Path.Combine(RepoPaths.Root, "src", "NewsGen.Generator", "build");
        var elements = Directory.GetFiles(build).SelectMany(f => XDocument.Load(f).Descendants()).ToArray();
        var declared = elements.Where(e => e.Parent?.Name.LocalName == "PropertyGroup").Select(e => e.Name.LocalName);
        var visible = elements.Where(e => e.Name.LocalName == "CompilerVisibleProperty").Select(e => (string?)e.Attribute("Include"));
        var metadata = elements.Where(e => e.Name.LocalName == "CompilerVisibleItemMetadata").Select(e => (string?)e.Attribute("MetadataName"));
        return declared.Concat(visible).Concat(metadata)
            .OfType<string>()
            .Where(name => name.StartsWith("NewsGen"))
            .ToHashSet();
    }
}
