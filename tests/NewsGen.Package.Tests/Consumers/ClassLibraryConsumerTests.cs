using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using NewsGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace NewsGen.Package.Tests.Consumers;

/// <summary>
/// A class library that names its namespace and one article itself, through the documented MSBuild settings, and
/// another through YAML front matter (so the bundled YamlDotNet must load in the compiler).
/// </summary>
[Collection(PackagedNewsGenCollection.Name)]
public sealed class ClassLibraryConsumerTests(PackagedNewsGen package, ITestOutputHelper log)
{
    [Fact]
    public void Class_library_compiles_its_articles_as_public_types_in_the_namespace_it_sets()
    {
        var scenario = ConsumerFolder.NewScenario(package, log, "classlib");
        scenario.Dotnet("new", "classlib", "--name", "Newsroom", "--output", "Newsroom");
        var library = scenario.Sub("Newsroom");
        library.Dotnet("add", "package", "NewsGen", "--version", package.Version);
        library.CopySeed("seeds/000_bfda32527d1fa4f3.txt");
        library.Write("seeds/harbour.txt", """
            ---
            # read by YamlDotNet inside the analyzer folder
            id: HarbourPlan
            source: "Harbour Gazette: evening edition"
            ---
            Council approves harbour plan

            The town council approved the new harbour plan.
            """);
        library.Write("Newsroom.csproj", library.Read("Newsroom.csproj").Replace("</Project>", """
              <PropertyGroup>
                <NewsGenNamespace>Newsroom.Content</NewsGenNamespace>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="seeds/000_bfda32527d1fa4f3.txt" NewsGenArticle="true" NewsGenName="GeneralsMeeting" />
              </ItemGroup>
            </Project>
            """));
        File.Delete(Path.Combine(library.Path, "Class1.cs"));
        library.Write("Headlines.cs", """
            namespace Newsroom;

            /// <summary>Uses the generated article, so a wrong name or namespace fails the build.</summary>
            public static class Headlines
            {
                /// <summary>The title of the one article.</summary>
                public static string First => Content.Articles.GeneralsMeeting.Title;

                /// <summary>The title of the article named in its front matter.</summary>
                public static string Second => Content.Articles.HarbourPlan.Title;
            }
            """);

        library.BuildWithoutWarnings();

        var assembly = Path.Combine(library.Path, "bin", "Debug", "net10.0", "Newsroom.dll");
        Assert.Contains(("Newsroom.Content", "Articles"), PublicTopLevelTypes(assembly));
    }

    private static (string Namespace, string Name)[] PublicTopLevelTypes(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.TypeDefinitions
            .Select(metadata.GetTypeDefinition)
            .Where(t => (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
            .Select(t => (metadata.GetString(t.Namespace), metadata.GetString(t.Name)))
            .ToArray();
    }
}
