using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using NewsGen.Tests;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>
/// Shared by every end-to-end test of one run: NewsGen and NewsGen.Cli packed once into a local feed, one isolated
/// global packages folder, and a nuget.config above every consumer folder. Consumers live outside the repository so
/// none of its Directory.Build.props, central package versions or global.json applies to them.
/// </summary>
public sealed class PackagedNewsGen : IDisposable
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The configuration the tests, and so the packed projects, were built in.</summary>
    internal static readonly string Configuration = typeof(PackagedNewsGen).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "Configuration").Value!;

    public PackagedNewsGen()
    {
        Root = Path.Combine(Path.GetTempPath(), "newsgen-e2e-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        PackagesFolder = Path.Combine(Root, "nuget-packages");
        Directory.CreateDirectory(Feed);
        Directory.CreateDirectory(PackagesFolder);
        try
        {
            PackPackageProject("NewsGen.Package", Feed);
            PackPackageProject("NewsGen.Cli", Feed);

            PackagePath = SinglePackage(Feed, "NewsGen");
            Version = VersionOf(PackagePath, "NewsGen");
            ToolPackagePath = SinglePackage(Feed, "NewsGen.Cli");

            WriteConsumerRootFiles();
        }
        catch
        {
            // xunit does not dispose a fixture whose constructor failed.
            Dispose();
            throw;
        }
    }

    /// <summary>The temporary folder holding the feed, the packages folder and every consumer.</summary>
    public string Root { get; }

    /// <summary>The local feed: the folder the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The global packages folder of this run (NUGET_PACKAGES for every consumer command).</summary>
    public string PackagesFolder { get; }

    /// <summary>The packed NewsGen .nupkg.</summary>
    public string PackagePath { get; }

    /// <summary>The packed NewsGen.Cli .nupkg.</summary>
    public string ToolPackagePath { get; }

    /// <summary>The version both packages were packed with.</summary>
    public string Version { get; }

    /// <summary>Packs a project of src/ into <paramref name="outputFolder"/> from what the test build already built.</summary>
    internal static CommandResult PackPackageProject(string project, string outputFolder) =>
        ProcessRunner.Run(
            "dotnet",
            ["pack", Path.Combine(RepoPaths.Root, "src", project), "-c", Configuration, "--no-build", "-o", outputFolder, "-nologo"],
            RepoPaths.Root,
            DotnetEnvironment.ForRepository(),
            CommandTimeout).EnsureSuccess();

    /// <summary>Runs a program (normally <c>dotnet</c>) for a consumer, isolated from the user's package cache.</summary>
    internal CommandResult Run(string program, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string?>? extraEnvironment) =>
        ProcessRunner.Run(program, arguments, workingDirectory, DotnetEnvironment.ForConsumer(PackagesFolder, extraEnvironment), CommandTimeout);

    /// <summary>A new empty folder for one scenario under <see cref="Root"/>.</summary>
    public string NewScenarioFolder(string name)
    {
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes the run's folder, unless NEWSGEN_E2E_KEEP=1 asks to keep it for a look at a failed consumer.</summary>
    public void Dispose()
    {
        if (Environment.GetEnvironmentVariable("NEWSGEN_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server a consumer build left running may still be writing there; the folder is in the temp
            // directory, so leaving it behind costs nothing but disk.
        }
    }

    private void WriteConsumerRootFiles()
    {
        var listing = ProcessRunner.Run(
            "dotnet",
            ["nuget", "list", "source", "--format", "detailed"],
            Root,
            DotnetEnvironment.ForRepository(),
            CommandTimeout).EnsureSuccess();
        var machineSources = MachineNuGetSources.Parse(listing.Output);
        NuGetConfigFile.Create(Feed, PackagesFolder, machineSources).Save(Path.Combine(Root, "nuget.config"));

        // Stop MSBuild's upward search here, whatever lies above the temp directory.
        const string Empty = "<Project />\n";
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), Empty);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), Empty);
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), Empty);
    }

    private static string SinglePackage(string folder, string id)
    {
        var matches = Directory.GetFiles(folder, "*.nupkg").Where(p => VersionOf(p, id).Length > 0).ToArray();
        return matches.Length == 1
            ? matches[0]
            : throw new InvalidOperationException($"Expected one {id} package in {folder}, found: {string.Join(", ", matches)}");
    }

    /// <summary>The version in a file name <c>{id}.{version}.nupkg</c>, or empty when the name is another package's.</summary>
    private static string VersionOf(string path, string id)
    {
        var match = Regex.Match(Path.GetFileName(path), "^" + Regex.Escape(id) + @"\.(?<version>\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?)\.nupkg$");
        return match.Success ? match.Groups["version"].Value : string.Empty;
    }
}
