using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>
/// The package sources this machine's NuGet configuration enables, read from <c>dotnet nuget list source</c>, so the
/// test configuration keeps the user's registry without naming any host in the repository.
/// </summary>
internal static partial class MachineNuGetSources
{
    /// <summary>Parses the detailed listing: a numbered "name [Enabled]" line followed by the source's URL or path.</summary>
    public static IReadOnlyList<(string Name, string Location)> Parse(string listing)
    {
        var sources = new List<(string, string)>();
        var lines = listing.Split('\n');
        for (var i = 0; i + 1 < lines.Length; i++)
        {
            var header = SourceHeader().Match(lines[i]);
            if (header.Success && header.Groups["state"].Value == "Enabled")
            {
                sources.Add((header.Groups["name"].Value, lines[i + 1].Trim()));
            }
        }

        return sources;
    }

    [GeneratedRegex(@"^\s*\d+\.\s+(?<name>.+?)\s+\[(?<state>Enabled|Disabled)\]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SourceHeader();
}
