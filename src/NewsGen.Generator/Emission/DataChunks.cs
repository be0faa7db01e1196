using System.Collections.Generic;
using System.Text;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Content records laid out in a few UTF-8 literals of at most <see cref="MaxLiteralBytes"/> each (a longer record
/// gets a literal of its own; a record is never split), and where each record lies in them.
/// </summary>
internal sealed class DataChunks
{
    /// <summary>
    /// Few literals make the first access to an article cheap (the runtime loads the class holding all of them whole),
    /// but the compiler holds a literal's text several times while compiling: kept under 16 KB, those copies stay out
    /// of the large object heap, which is collected rarely.
    /// </summary>
    public const int MaxLiteralBytes = 16 * 1024;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // A class, not a tuple: a list over a value type is JIT-compiled anew in every fresh compiler process.
    private readonly List<Literal> _literals = [];

    /// <summary>Adds a record; returns the literal it went to, its byte offset there and its length in bytes.</summary>
    public RecordPlace Add(string record)
    {
        var length = Utf8.GetByteCount(record);
        if (_literals.Count == 0 || (_literals[_literals.Count - 1].Bytes > 0 && _literals[_literals.Count - 1].Bytes + length > MaxLiteralBytes))
        {
            _literals.Add(new Literal());
        }

        var index = _literals.Count - 1;
        var literal = _literals[index];
        var offset = literal.Bytes;
        literal.Content.Append(record);
        literal.Bytes += length;
        return new RecordPlace(index, offset, length);
    }

    /// <summary>
    /// The literals, in order: each one literal, not parts joined with <c>+</c>, which would make the compiler run
    /// operator overload resolution for every <c>+</c>. Each is padded to one of a few sizes (<see cref="PaddedSize"/>).
    /// </summary>
    public IReadOnlyList<string> Literals()
    {
        var literals = new List<string>(_literals.Count);
        foreach (var literal in _literals)
        {
            literals.Add(CSharpLiteral.Utf8(literal.Content.ToString() + new string(' ', PaddedSize(literal.Bytes) - literal.Bytes)));
        }

        return literals;
    }

    /// <summary>
    /// The compiler gives each size of data a type of its own (<c>__StaticArrayInitTypeSize=N</c>), and the runtime loads
    /// all of them with the class that holds the literals. Sizes are rounded up to 16 steps per power of two (at least
    /// 64 bytes), so there are a few dozen sizes whatever the corpus, for at most 1/16 of padding.
    /// </summary>
    public static int PaddedSize(int bytes)
    {
        var power = 1;
        while (power <= bytes / 2)
        {
            power *= 2;
        }

        var step = System.Math.Max(64, power / 16);
        return (bytes + step - 1) / step * step;
    }

    private sealed class Literal
    {
        public StringBuilder Content { get; } = new();

        public int Bytes { get; set; }
    }
}

/// <summary>Where a record lies: literal <see cref="Chunk"/>, from byte <see cref="Offset"/>, <see cref="Length"/> bytes.</summary>
internal sealed record RecordPlace(int Chunk, int Offset, int Length);
