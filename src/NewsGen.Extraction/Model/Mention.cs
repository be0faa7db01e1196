namespace NewsGen.Extraction.Model;

/// <summary>
/// Where an entity is named: body paragraph index (-1 for the title, -2 for the photo caption) and
/// the character range in the normalized text.
/// </summary>
public sealed record Mention(int Paragraph, int Start, int Length, string Text);
