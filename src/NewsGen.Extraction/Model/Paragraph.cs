namespace NewsGen.Extraction.Model;

/// <summary>
/// One body paragraph. <see cref="Index"/> counts body paragraphs in reading order across sections;
/// <see cref="Start"/> is the offset of the first character in the normalized text, and every character
/// of <see cref="Text"/> sits at <c>Start + i</c> there (line breaks inside a paragraph became spaces).
/// </summary>
public sealed record Paragraph(int Index, string Text, int Start);
