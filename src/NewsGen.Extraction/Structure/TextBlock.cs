namespace NewsGen.Extraction.Structure;

/// <summary>
/// A trimmed run of text between blank lines (or one line, in files that put one paragraph on each line).
/// Every character of <see cref="Text"/> sits at <c>Start + i</c> of the normalized text; line breaks inside
/// became spaces. A class, like <see cref="Text.TextLine"/>, so its lists need no JIT-compiled code of their own.
/// </summary>
/// <param name="Text">The block's text.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="IsSingleLine">True when the block came from one line of the file.</param>
public sealed record TextBlock(string Text, int Start, bool IsSingleLine);
