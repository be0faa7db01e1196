using System.Collections.Generic;
using System.Xml.Linq;

namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>
/// A nuget.config for the consumers: the local feed with the freshly packed packages plus the machine's own sources,
/// an isolated global packages folder, and a source mapping so NewsGen packages can only come from the local feed.
/// </summary>
internal static class NuGetConfigFile
{
    public const string LocalSourceName = "newsgen-local";

    public static XDocument Create(string localFeed, string packagesFolder, IReadOnlyList<(string Name, string Location)> machineSources)
    {
        var sources = new XElement("packageSources", new XElement("clear"), Source(LocalSourceName, localFeed));
        var mapping = new XElement(
            "packageSourceMapping",
            new XElement("clear"),
            new XElement(
                "packageSource",
                new XAttribute("key", LocalSourceName),
                Pattern("NewsGen"),
                Pattern("NewsGen.*")));
        foreach (var (name, location) in machineSources)
        {
            sources.Add(Source(name, location));
            mapping.Add(new XElement("packageSource", new XAttribute("key", name), Pattern("*")));
        }

        var config = new XElement(
            "config",
            new XElement("add", new XAttribute("key", "globalPackagesFolder"), new XAttribute("value", packagesFolder)));
        return new XDocument(new XElement("configuration", config, sources, mapping));
    }

    private static XElement Source(string key, string value) =>
        new("add", new XAttribute("key", key), new XAttribute("value", value));

    private static XElement Pattern(string pattern) => new("package", new XAttribute("pattern", pattern));
}
