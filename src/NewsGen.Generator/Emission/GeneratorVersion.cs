namespace NewsGen.Generator.Emission;

/// <summary>The version written into <c>[GeneratedCode]</c> attributes.</summary>
internal static class GeneratorVersion
{
    public static string Value { get; } = typeof(GeneratorVersion).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
