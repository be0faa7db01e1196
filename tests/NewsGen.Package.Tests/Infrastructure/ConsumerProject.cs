namespace NewsGen.Package.Tests.Infrastructure;

/// <summary>Project files of consumers the scenarios write themselves (net10.0, nullable, implicit usings).</summary>
internal static class ConsumerProject
{
    /// <summary>A project file with extra <paramref name="properties"/> and <paramref name="items"/> (XML lines).</summary>
    public static string Create(string outputType, string properties, string items) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            {properties}
          </PropertyGroup>
          <ItemGroup>
            {items}
          </ItemGroup>
        </Project>
        """;

    /// <summary>The reference <c>dotnet add package</c> writes: plain, so the runtime library flows to referencing projects.</summary>
    public static string NewsGenReference(PackagedNewsGen package) =>
        $"""<PackageReference Include="NewsGen" Version="{package.Version}" />""";
}
