namespace NewsGen.Extraction.Entities.Text;

/// <summary>A word or punctuation character of a <see cref="TextSegment"/>: offset and length in the segment text.</summary>
internal readonly struct Token
{
    public Token(int start, int length, TokenFlags flags)
    {
        Start = start;
        Length = length;
        Flags = flags;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public TokenFlags Flags { get; }

    public bool IsWord => (Flags & TokenFlags.Word) != 0;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public bool Has(TokenFlags flag) => (Flags & flag) == flag;
}
