using System;
using System.Text;

namespace NewsGen.Runtime;

/// <summary>
/// Reads one record of NewsGen's content encoding: ASCII tokens separated by commas, a bar, then the UTF-8 bytes of
/// the record's strings back to back. A token is an integer, an empty token is a null string, and a string is its
/// length in bytes; <c>~N</c> is a string that already exists in a container at character N, followed by its length in
/// characters. The generator writes records in the order this reader reads them (<c>ContentWriter</c> there), and a
/// round-trip test keeps the two in step.
/// </summary>
internal ref struct DataReader
{
    private readonly ReadOnlySpan<byte> _header;
    private readonly ReadOnlySpan<byte> _payload;
    private int _token;
    private int _text;

    /// <summary>A reader that goes on where another stopped (see <see cref="Position"/>).</summary>
    public DataReader(ReadOnlySpan<byte> record, (int Token, int Text) position)
        : this(record)
    {
        (_token, _text) = position;
    }

    public DataReader(ReadOnlySpan<byte> record)
    {
        var bar = record.IndexOf((byte)'|');
        if (bar < 0)
        {
            throw new FormatException("NewsGen content record without its bar: the generated code and NewsGen.Runtime differ in version.");
        }

        _header = record.Slice(0, bar);
        _payload = record.Slice(bar + 1);
        _token = 0;
        _text = 0;
    }

    /// <summary>Where this reader stands, to go on later with a new reader over the same record.</summary>
    public readonly (int Token, int Text) Position => (_token, _text);

    public int Int()
    {
        var token = NextToken();
        if (token.IsEmpty)
        {
            throw new FormatException("NewsGen content record: a number was expected.");
        }

        var negative = token[0] == (byte)'-';
        var value = 0;
        for (var i = negative ? 1 : 0; i < token.Length; i++)
        {
            value = (value * 10) + (token[i] - '0');
        }

        return negative ? -value : value;
    }

    public bool Bool() => Int() != 0;

    public DateOnly? Date() => Int() is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;

    public string String() => OptionalString() ?? throw new FormatException("NewsGen content record: a string was expected.");

    public string? OptionalString()
    {
        var token = NextToken();
        if (token.IsEmpty)
        {
            return null;
        }

        var length = Parse(token);
        var value = Encoding.UTF8.GetString(_payload.Slice(_text, length));
        _text += length;
        return value;
    }

    /// <summary>A string that is often part of <paramref name="container"/>, and where it starts there (0 when it is not).</summary>
    public (string Text, int Start) Text(string container)
    {
        var token = PeekToken();
        if (!token.IsEmpty && token[0] == (byte)'~')
        {
            NextToken();
            var start = Parse(token.Slice(1));
            return (container.Substring(start, Int()), start);
        }

        return (String(), 0);
    }

    public string[] Strings()
    {
        var values = new string[Int()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = String();
        }

        return values;
    }

    public int[] Ints()
    {
        var values = new int[Int()];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Int();
        }

        return values;
    }

    private readonly ReadOnlySpan<byte> PeekToken()
    {
        var rest = _header.Slice(Math.Min(_token, _header.Length));
        var comma = rest.IndexOf((byte)',');
        return comma < 0 ? rest : rest.Slice(0, comma);
    }

    private ReadOnlySpan<byte> NextToken()
    {
        if (_token > _header.Length)
        {
            throw new FormatException("NewsGen content record ended early: the generated code and NewsGen.Runtime differ in version.");
        }

        var token = PeekToken();
        _token += token.Length + 1;
        return token;
    }

    private static int Parse(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value * 10) + (digit - '0');
        }

        return value;
    }
}
