using NewsGen.Extraction.Metadata;

namespace NewsGen.Generator.Emission;

/// <summary>The options that shape generated code (not what is extracted), so extraction settings do not re-emit.</summary>
/// <param name="Namespace">The namespace of the generated code.</param>
/// <param name="Accessibility"><c>public</c> or <c>internal</c>.</param>
/// <param name="ProjectDirectory">Article paths in generated code are relative to this directory.</param>
/// <param name="Schema">The project's metadata schema, or null: the articles are then plain <c>Article</c>s.</param>
internal sealed record EmitSettings(string Namespace, string Accessibility, string ProjectDirectory, MetadataSchema? Schema = null)
{
    /// <summary>The type of every article in generated code: <c>Article</c>, or <c>Article&lt;TMeta&gt;</c> with a schema.</summary>
    public string ArticleType => Schema is null ? "global::NewsGen.Model.Article" : "global::NewsGen.Model.Article<" + Schema.TypeName + ">";
}
