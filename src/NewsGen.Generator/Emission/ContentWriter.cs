using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsGen.Extraction.Model;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Writes one record of NewsGen's content encoding, which <c>NewsGen.Runtime.DataReader</c> reads: ASCII tokens
/// separated by commas, a bar, then the record's strings back to back. A string's token is its length in UTF-8 bytes
/// (empty for null); a string that already stands in a container is written as <c>~start,length</c> (characters) and
/// costs no bytes. Records are mostly the article's own text, so the generated code stays close to the text's size.
/// </summary>
internal sealed class ContentWriter
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder _header = new();
    private readonly StringBuilder _payload = new();
    private bool _first = true;

    public ContentWriter Int(int value) => Token(value.ToString(CultureInfo.InvariantCulture));

    public ContentWriter Bool(bool value) => Int(value ? 1 : 0);

    /// <summary>A day as <c>DateOnly.DayNumber</c> (days since 0001-01-01), or -1.</summary>
    public ContentWriter Date(CalendarDate? date) =>
        Int(date is { } d ? (int)(d.ToDateTime() - System.DateTime.MinValue).TotalDays : -1);

    public ContentWriter String(string? value)
    {
        if (value is null)
        {
            return Token(string.Empty);
        }

        _payload.Append(value);
        return Int(Utf8.GetByteCount(value));
    }

    public ContentWriter Strings(IReadOnlyCollection<string> values)
    {
        Int(values.Count);
        foreach (var value in values)
        {
            String(value);
        }

        return this;
    }

    /// <summary>
    /// <paramref name="value"/>, as a reference into <paramref name="container"/> when it stands there: at
    /// <paramref name="expectedStart"/> when given and right, else at its first occurrence.
    /// </summary>
    public ContentWriter Text(string value, string container, int expectedStart)
    {
        var start = expectedStart >= 0 && expectedStart + value.Length <= container.Length
            && string.CompareOrdinal(container, expectedStart, value, 0, value.Length) == 0
                ? expectedStart
                : container.IndexOf(value, System.StringComparison.Ordinal);
        return start >= 0 && value.Length > 0
            ? Token("~" + start.ToString(CultureInfo.InvariantCulture)).Int(value.Length)
            : String(value);
    }

    /// <summary>The record: header, bar, payload.</summary>
    public override string ToString() => _header.ToString() + "|" + _payload;

    private ContentWriter Token(string token)
    {
        if (!_first)
        {
            _header.Append(',');
        }

        _first = false;

        _header.Append(token);
        return this;
    }
}
