using System;
using System.Text;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Text;

/// <summary>
/// An article's text normalized for extraction, with a map back to lines and columns of the file.
/// Line breaks become <c>\n</c> (a CRLF counts as one line break, as editors and Roslyn count it), a leading
/// byte-order mark is dropped and unpaired surrogates become U+FFFD, so every later string is valid UTF-16
/// and can be emitted as a UTF-8 literal.
/// </summary>
public sealed class SourceDocument
{
    private readonly int[] _lineStarts;

    private SourceDocument(string path, string text, int[] lineStarts)
    {
        Path = path;
        Text = text;
        _lineStarts = lineStarts;
    }

    /// <summary>The file's path as the build gave it.</summary>
    public string Path { get; }

    /// <summary>The normalized text.</summary>
    public string Text { get; }

    /// <summary>Normalizes <paramref name="text"/>.</summary>
    public static SourceDocument Create(string path, string text)
    {
        var normalized = IsNormalized(text) ? text : Normalize(text);
        return new SourceDocument(path, normalized, LineStarts(normalized));
    }

    /// <summary>True when there is nothing to change: most files have no byte-order mark, CR or surrogate, and are kept rather than copied.</summary>
    private static bool IsNormalized(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c == '\r' || char.IsSurrogate(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                c = '\n';
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }
            else if (char.IsSurrogate(c))
            {
                c = '\uFFFD';
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The offset of each line: 0 and every offset after a <c>\n</c>.</summary>
    private static int[] LineStarts(string text)
    {
        var count = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            count++;
        }

        var starts = new int[count];
        var line = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            starts[line++] = i + 1;
        }

        return starts;
    }

    /// <summary>The zero-based line and column of a character offset.</summary>
    public (int Line, int Column) PositionOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line, offset - _lineStarts[line]);
    }

    /// <summary>A located span for diagnostics.</summary>
    public SourceSpan Span(int start, int length)
    {
        var (startLine, startColumn) = PositionOf(start);
        var (endLine, endColumn) = PositionOf(start + length);
        return new SourceSpan(start, length, startLine, startColumn, endLine, endColumn);
    }
}
