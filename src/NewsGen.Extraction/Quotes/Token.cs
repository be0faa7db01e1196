namespace NewsGen.Extraction.Quotes;

/// <summary>What a <see cref="Token"/> is.</summary>
internal enum TokenKind
{
    /// <summary>Letters and digits, with inner apostrophes, hyphens and periods (<c>isn’t</c>, <c>U.S</c>).</summary>
    Word,

    /// <summary>A double quotation mark of any style.</summary>
    QuoteMark,

    /// <summary>Any other non-space character.</summary>
    Punctuation,
}

/// <summary>A word or punctuation character of a paragraph; offsets are relative to the paragraph text.</summary>
internal readonly struct Token
{
    public Token(TokenKind kind, int start, int end)
    {
        Kind = kind;
        Start = start;
        End = end;
    }

    public TokenKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string text, char c) => Kind == TokenKind.Punctuation && text[Start] == c;
}
