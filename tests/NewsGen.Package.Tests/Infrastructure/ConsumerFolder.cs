using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation;
using NewsGen.Tests;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>A folder of a consumer scenario: runs <c>dotnet</c> there as a user would, logging each command and its duration.</summary>
internal sealed class ConsumerFolder(PackagedNewsGen package, ITestOutputHelper log, string path)
{
    public string Path { get; } = path;

    public static ConsumerFolder NewScenario(PackagedNewsGen package, ITestOutputHelper log, string name) =>
        new(package, log, package.NewScenarioFolder(name));

    public ConsumerFolder Sub(string relativePath) => new(package, log, System.IO.Path.Combine(Path, relativePath));

    /// <summary>Runs <c>dotnet</c> here and fails the test, with the full output, unless it succeeds.</summary>
    public CommandResult Dotnet(params string[] arguments) => Run("dotnet", null, arguments);

    /// <summary>Runs a program here and fails the test, with the full output, unless it succeeds.</summary>
    public CommandResult Run(string program, IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var result = package.Run(program, arguments, Path, environment);
        log.WriteLine($"{result.Duration.TotalSeconds,5:0.0} s  {result.CommandLine}");
        return result.EnsureSuccess();
    }

    /// <summary>Runs <c>dotnet</c> here and fails the test, with the full output, unless it fails (a build that must break).</summary>
    public CommandResult DotnetFailing(params string[] arguments)
    {
        var result = package.Run("dotnet", arguments, Path, null);
        log.WriteLine($"{result.Duration.TotalSeconds,5:0.0} s  {result.CommandLine} (expected to fail)");
        Assert.False(result.Succeeded, result.Describe("succeeded, but was expected to fail"));
        return result;
    }

    /// <summary>
    /// Builds the way the tests require of every consumer: any warning fails the build, except the content warnings
    /// NewsGen reports about the text on purpose (the seed article, for one, spells a name two ways).
    /// </summary>
    public CommandResult BuildWithoutWarnings() =>
        Dotnet("build", "-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=" + string.Join("%3B", ContentWarningIds), "-nologo");

    private static IEnumerable<string> ContentWarningIds =>
        DiagnosticCatalog.All.Where(d => d.Category == "NewsGen.Content" && d.Severity == ContentSeverity.Warning).Select(d => d.Id);

    public void Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    /// <summary>Copies the repository's seed article to <paramref name="relativePath"/> and returns the copy's full path.</summary>
    public string CopySeed(string relativePath)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.Copy(RepoPaths.SeedFile, full, overwrite: true);
        return full;
    }
}
