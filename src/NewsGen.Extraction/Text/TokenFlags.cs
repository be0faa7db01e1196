using System;

namespace NewsGen.Extraction.Text;

/// <summary>What a <see cref="Token"/> is and how it is written.</summary>
[Flags]
internal enum TokenFlags
{
    /// <summary>Nothing known.</summary>
    None = 0,

    /// <summary>Letters or digits (with inner hyphens and apostrophes); otherwise a single punctuation mark.</summary>
    Word = 1,

    /// <summary>Starts with an uppercase letter.</summary>
    Capitalized = 2,

    /// <summary>Two or more letters, all uppercase ("NORSEC").</summary>
    AllCaps = 4,

    /// <summary>One uppercase letter and its period ("M.").</summary>
    Initial = 8,

    /// <summary>Letters separated by periods, period included ("U.S.", "D.C.").</summary>
    Dotted = 16,

    /// <summary>Followed by a possessive <c>'s</c> or <c>s'</c>, which is not part of the token.</summary>
    Possessive = 32,

    /// <summary>First word of a sentence, where a capital letter says nothing about the word.</summary>
    SentenceStart = 64,

    /// <summary>Contains a hyphen ("Commander-in-Chief", "pro-Chile").</summary>
    Hyphenated = 128,

    /// <summary>Contains a digit.</summary>
    HasDigit = 256,

    /// <summary>A double quotation mark of any style (straight, curly, low-9, guillemet).</summary>
    QuoteMark = 512,

    /// <summary>
    /// <see cref="Possessive"/> with <c>'s</c> (two characters) left out: a reading that keeps possessives in the word
    /// (<see cref="TokenPolicy.Clauses"/>) is this token with them (<see cref="Token.WrittenLength"/>).
    /// </summary>
    PossessiveS = 1024,

    /// <summary>
    /// A word another <see cref="TokenPolicy"/> would read otherwise: a possessive, an initial's period, or a period,
    /// ampersand or apostrophe before a letter or digit right after it. Every other token reads alike under every
    /// policy, which lets <see cref="Tokenizer.Reread"/> read again only these.
    /// </summary>
    ReadsOtherwise = 2048,
}
