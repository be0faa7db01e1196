using System.IO;
using System.Text.RegularExpressions;
using NewsGen.Tests;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>The consumer code the scenarios compile: what the package README tells a user to write.</summary>
internal static class ConsumerPrograms
{
    /// <summary>The package README, as packed.</summary>
    public static string ReadmePath { get; } = Path.Combine(RepoPaths.Root, "src", "NewsGen.Package", "README.md");

    /// <summary>
    /// The quick start's <c>Program.cs</c>, taken from the README itself so the documented code is the tested code. It
    /// belongs in a project named Reader with <c>seeds/baku-meeting.txt</c>, and prints the title, then each quote as
    /// "speaker: text".
    /// </summary>
    public static string QuickStart()
    {
        var readme = File.ReadAllText(ReadmePath);
        var quickStart = readme[readme.IndexOf("## Quick start", System.StringComparison.Ordinal)..];
        var block = Regex.Match(quickStart, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, $"{ReadmePath} has no C# block under 'Quick start'.");
        return block.Groups["code"].Value;
    }
}
