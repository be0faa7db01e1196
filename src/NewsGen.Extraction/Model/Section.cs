namespace NewsGen.Extraction.Model;

/// <summary>A run of paragraphs under an optional heading (the first section usually has none).</summary>
public sealed record Section(string? Heading, int HeadingStart, EquatableArray<Paragraph> Paragraphs);
