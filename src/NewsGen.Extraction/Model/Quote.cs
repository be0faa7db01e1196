namespace NewsGen.Extraction.Model;

/// <summary>
/// A direct quotation. <see cref="Text"/> is the quoted words without the outer marks;
/// <see cref="IsPartial"/> is true when the quote is a fragment embedded in the reporter's sentence.
/// </summary>
public sealed record Quote(string Text, EntityRef? Speaker, int Paragraph, bool IsPartial, int Start, int Length);
