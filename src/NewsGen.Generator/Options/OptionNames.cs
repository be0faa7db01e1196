namespace NewsGen.Generator.Options;

/// <summary>The analyzer-config keys NewsGen reads; the MSBuild side exposes them in build/NewsGen.props.</summary>
public static class OptionNames
{
    /// <summary>The namespace of the generated code.</summary>
    public const string Namespace = "build_property.NewsGenNamespace";

    /// <summary>The project's root namespace, the fallback for <see cref="Namespace"/>.</summary>
    public const string RootNamespace = "build_property.RootNamespace";

    /// <summary><c>public</c> or <c>internal</c>.</summary>
    public const string Accessibility = "build_property.NewsGenAccessibility";

    /// <summary>Extra boilerplate regular expressions, separated by semicolons or line breaks.</summary>
    public const string BoilerplatePatterns = "build_property.NewsGenBoilerplatePatterns";

    /// <summary>The largest article, in characters.</summary>
    public const string MaxFileSize = "build_property.NewsGenMaxFileSize";

    /// <summary>The project directory, so generated code names article files relative to it.</summary>
    public const string ProjectDirectory = "build_property.ProjectDir";

    /// <summary>Item metadata that marks an additional file as an article.</summary>
    public const string Article = "build_metadata.AdditionalFiles.NewsGenArticle";

    /// <summary>Item metadata that marks an additional file as a corpus-wide corrections file (<c>newsgen.yml</c>).</summary>
    public const string Corrections = "build_metadata.AdditionalFiles.NewsGenCorrections";

    /// <summary>Item metadata that overrides the article's identifier.</summary>
    public const string Name = "build_metadata.AdditionalFiles.NewsGenName";

    /// <summary>Item metadata that sets the article's publication date.</summary>
    public const string Published = "build_metadata.AdditionalFiles.NewsGenPublished";
}
