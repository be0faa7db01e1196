namespace NewsGen.Extraction.Structure;

/// <summary>A consumer boilerplate pattern that is not a valid .NET regular expression, with the parser's reason.</summary>
public sealed record InvalidPattern(string Pattern, string Reason);
