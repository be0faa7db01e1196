using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Options;

/// <summary>
/// Project-wide settings read from MSBuild properties. Plain data with value equality, so a change to an unrelated
/// property leaves every cached step untouched.
/// </summary>
/// <param name="Namespace">The namespace of the generated code.</param>
/// <param name="Accessibility">The accessibility keyword of the generated types: <c>public</c> or <c>internal</c>.</param>
/// <param name="ProjectDirectory">The project directory with a trailing separator, or empty when unknown.</param>
/// <param name="Extraction">The settings that change what is extracted.</param>
public sealed record GeneratorOptions(string Namespace, string Accessibility, string ProjectDirectory, ExtractionOptions Extraction)
{
    /// <summary>The namespace used when neither <c>NewsGenNamespace</c> nor <c>RootNamespace</c> is set.</summary>
    public const string DefaultNamespace = "NewsGen.Content";

    /// <summary>
    /// The entry classes are internal unless <c>NewsGenAccessibility</c> says public (for content libraries), so a
    /// library that compiles articles exposes nothing by accident.
    /// </summary>
    public const string DefaultAccessibility = "internal";

    /// <summary>The options of a project that sets nothing.</summary>
    public static GeneratorOptions Default { get; } = new(DefaultNamespace, DefaultAccessibility, string.Empty, ExtractionOptions.Default);
}
