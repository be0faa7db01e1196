using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using NewsGen.Package.Tests.Infrastructure;
using NewsGen.Tests;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Contents;

/// <summary>What the NewsGen .nupkg holds and declares, read from the packed file itself.</summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class PackageContentTests(PackagedNewsGen package, ITestOutputHelper log)
{
    private static readonly string[] AnalyzerAssemblies = ["NewsGen.Extraction.dll", "NewsGen.Generator.dll", "Scriban.Signed.dll", "YamlDotNet.dll"];

    [Fact]
    public void Analyzer_folder_holds_the_generator_and_exactly_the_assemblies_it_loads()
    {
        var analyzers = Entries().Where(e => e.StartsWith("analyzers/")).Order().ToArray();

        Assert.Equal(AnalyzerAssemblies.Select(a => "analyzers/dotnet/cs/" + a), analyzers);
    }

    [Fact]
    public void Library_folder_holds_exactly_the_runtime_and_its_documentation_for_net8()
    {
        var libraries = Entries().Where(e => e.StartsWith("lib/") || e.StartsWith("ref/") || e.StartsWith("runtimes/")).Order().ToArray();

        Assert.Equal(["lib/net8.0/NewsGen.Runtime.dll", "lib/net8.0/NewsGen.Runtime.xml"], libraries);
    }

    [Theory]
    [InlineData("NewsGen.Runtime.dll")]
    [InlineData("NewsGen.Runtime.xml")]
    public void Packed_runtime_files_are_the_runtime_projects_build_output(string file)
    {
        var built = Path.Combine(RepoPaths.Root, "src", "NewsGen.Runtime", "bin", PackagedNewsGen.Configuration, "net8.0", file);

        Assert.Equal(File.ReadAllBytes(built), ReadEntry("lib/net8.0/" + file));
    }

    [Theory]
    [InlineData("build/NewsGen.props")]
    [InlineData("build/NewsGen.targets")]
    [InlineData("buildTransitive/NewsGen.props")]
    [InlineData("buildTransitive/NewsGen.targets")]
    public void MSBuild_files_are_the_generator_projects_own(string entry)
    {
        var source = Path.Combine(RepoPaths.Root, "src", "NewsGen.Generator", "build", Path.GetFileName(entry));

        Assert.Equal(File.ReadAllBytes(source), ReadEntry(entry));
    }

    [Fact]
    public void Nuspec_declares_a_regular_package_without_dependencies()
    {
        var metadata = Nuspec().Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

        Assert.Equal("NewsGen", Value("id"));
        Assert.Equal(package.Version, Value("version"));
        // A development dependency would be private to the project that adds it: no runtime for the apps of a library.
        Assert.Null(Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("README.md", Value("readme"));
        var groups = metadata.Elements().Single(e => e.Name.LocalName == "dependencies").Elements().ToArray();
        var group = Assert.Single(groups);
        Assert.Equal("net8.0", group.Attribute("targetFramework")?.Value);
        Assert.Empty(group.Elements());
    }

    [Fact]
    public void Every_bundled_assembly_has_an_entry_in_the_packed_third_party_notices()
    {
        AssertNoticesCover(package.PackagePath, "analyzers/");
        AssertNoticesCover(package.ToolPackagePath, "tools/");
    }

    [Fact]
    public void Diagnostics_page_the_help_texts_come_from_is_packed()
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md")), ReadEntry("docs/diagnostics.md"));
    }

    [Fact]
    public void Readme_named_by_the_nuspec_is_the_package_readme()
    {
        var readme = Path.Combine(RepoPaths.Root, "src", "NewsGen.Package", "README.md");

        Assert.Equal(File.ReadAllBytes(readme), ReadEntry("README.md"));
    }

    [Fact]
    public void Packing_the_same_build_again_gives_the_same_bytes()
    {
        var again = Path.Combine(package.Root, "feed-again");

        var pack = PackagedNewsGen.PackPackageProject("NewsGen.Package", again);
        log.WriteLine($"{pack.Duration.TotalSeconds,5:0.0} s  {pack.CommandLine}");

        Assert.Equal(File.ReadAllBytes(package.PackagePath), File.ReadAllBytes(Path.Combine(again, Path.GetFileName(package.PackagePath))));
    }

    [Fact]
    public void Tool_package_is_a_dotnet_tool_named_newsgen()
    {
        using var zip = ZipFile.OpenRead(package.ToolPackagePath);
        var settings = zip.Entries.Single(e => e.FullName.EndsWith("/DotnetToolSettings.xml"));
        using var stream = settings.Open();

        var command = XDocument.Load(stream).Descendants("Command").Single();

        Assert.Equal("newsgen", command.Attribute("Name")?.Value);
    }

    // The packed notices are the repository's file, and each DLL not built by NewsGen is named in a heading.
    private static void AssertNoticesCover(string packagePath, string folder)
    {
        using var zip = ZipFile.OpenRead(packagePath);
        var dlls = zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith(folder) && e.EndsWith(".dll")).Select(Path.GetFileName).ToArray();
        using var reader = new StreamReader(zip.GetEntry("THIRD-PARTY-NOTICES.md")!.Open());
        var notices = reader.ReadToEnd();
        var headings = notices.Split('\n').Where(l => l.StartsWith("## ")).ToArray();

        Assert.Equal(File.ReadAllText(Path.Combine(RepoPaths.Root, "THIRD-PARTY-NOTICES.md")), notices);
        Assert.Contains("YamlDotNet.dll", dlls);
        Assert.All(
            dlls.Where(d => !d!.StartsWith("NewsGen.", System.StringComparison.OrdinalIgnoreCase)),
            dll => Assert.Contains(headings, h => h.Contains($"(`{dll}`)")));
    }

    private string[] Entries()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        return zip.Entries.Select(e => e.FullName).ToArray();
    }

    private byte[] ReadEntry(string name)
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private XDocument Nuspec()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        using var stream = zip.GetEntry("NewsGen.nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
