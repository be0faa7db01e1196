namespace NewsGen.Extraction.Text;

/// <summary>What a <see cref="Token"/> is, for stages that branch on it.</summary>
internal enum TokenKind
{
    /// <summary>Letters and digits, with the inner marks the tokenizer's policy keeps (<c>isn’t</c>, <c>U.S</c>).</summary>
    Word,

    /// <summary>A double quotation mark of any style.</summary>
    QuoteMark,

    /// <summary>Any other non-space character.</summary>
    Punctuation,
}

/// <summary>A word or punctuation mark of a text: offset and length in that text, and what it is.</summary>
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

    /// <summary>The length with a possessive <c>'s</c> the token leaves out put back (<see cref="TokenFlags.PossessiveS"/>): the word as written.</summary>
    public int WrittenLength => (Flags & TokenFlags.PossessiveS) != 0 ? Length + 2 : Length;

    public int WrittenEnd => Start + WrittenLength;

    public TokenFlags Flags { get; }

    public bool IsWord => (Flags & TokenFlags.Word) != 0;

    public bool IsCapitalized => (Flags & TokenFlags.Capitalized) != 0;

    public TokenKind Kind => IsWord ? TokenKind.Word : (Flags & TokenFlags.QuoteMark) != 0 ? TokenKind.QuoteMark : TokenKind.Punctuation;

    public bool Has(TokenFlags flag) => (Flags & flag) == flag;

    /// <summary>Whether this is the punctuation mark <paramref name="c"/> (a quotation mark is not punctuation here).</summary>
    public bool Is(string text, char c) => Kind == TokenKind.Punctuation && text[Start] == c;
}
