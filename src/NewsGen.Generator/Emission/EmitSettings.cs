namespace NewsGen.Generator.Emission;

/// <summary>The options that shape generated code (not what is extracted), so extraction settings do not re-emit.</summary>
/// <param name="Namespace">The namespace of the generated code.</param>
/// <param name="Accessibility"><c>public</c> or <c>internal</c>.</param>
/// <param name="ProjectDirectory">Article paths in generated code are relative to this directory.</param>
internal sealed record EmitSettings(string Namespace, string Accessibility, string ProjectDirectory);
