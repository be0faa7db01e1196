namespace NewsGen.Extraction.Model;

/// <summary>
/// A place in an article's text file. <see cref="Start"/> and <see cref="Length"/> count characters of the
/// decoded text; lines and columns are zero-based, as in Roslyn's <c>LinePosition</c>.
/// </summary>
public sealed record SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);
