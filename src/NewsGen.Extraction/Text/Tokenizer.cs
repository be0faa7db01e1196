using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsGen.Extraction.Text;

/// <summary>
/// Where stages read the marks inside a word differently; everything else (what a word character is, hyphens,
/// apostrophes, quotation marks, the flags) is the same for all.
/// </summary>
[Flags]
internal enum TokenPolicy
{
    /// <summary>Words keep a possessive; periods and ampersands split words.</summary>
    None = 0,

    /// <summary>A possessive <c>'s</c> or <c>s'</c> is left out of the word and flagged <see cref="TokenFlags.Possessive"/>.</summary>
    DetachPossessive = 1,

    /// <summary>An initial or dotted short form keeps its final period (<c>M.</c>, <c>U.S.</c>).</summary>
    InitialsWithPeriod = 2,

    /// <summary>A period, ampersand or apostrophe between letters or digits stays inside the word (<c>U.S</c>, <c>3.5</c>, <c>AT&amp;T</c>).</summary>
    InnerPeriods = 4,

    /// <summary>How names are read: <c>Finland’s</c> is the name <c>Finland</c>, <c>U.S.</c> one token.</summary>
    Names = DetachPossessive | InitialsWithPeriod,

    /// <summary>How clauses are read for quotations: words as written, sentence periods apart.</summary>
    Clauses = InnerPeriods,
}

/// <summary>
/// The one tokenizer: splits a text into words and punctuation marks in one pass. Words keep inner hyphens and
/// apostrophes (<c>O'Neil</c>, <c>Commander-in-Chief</c>); a surrogate pair is one mark; every token carries its
/// flags (capitalized, all capitals, digits, hyphenated, quotation mark) and the first word of each sentence is
/// flagged. <see cref="TokenPolicy"/> sets what a stage needs around periods and possessives.
/// </summary>
internal static class Tokenizer
{
    /// <summary>One growing list per thread, so tokenizing a paragraph allocates only its token array.</summary>
    [ThreadStatic]
    private static List<Token>? _buffer;

    /// <summary>No earlier reading: every word is read.</summary>
    private static readonly Token[] NoTokens = new Token[0];

    public static Token[] Tokenize(string text, TokenPolicy policy) => Tokenize(text, policy, out _);

    /// <summary>
    /// The tokens of <paramref name="text"/>, and whether <paramref name="policyMatters"/>: whether the text holds a
    /// mark some policy reads differently (a possessive, an initial's period, a period, ampersand or apostrophe
    /// before a letter or digit right after a word). Without one every policy gives the same tokens, so a stage with
    /// another policy can share them instead of tokenizing again. A possessive <c>'s</c> that <see cref="TokenPolicy.Names"/>
    /// leaves out of an otherwise alike word does not count: its token's <see cref="Token.WrittenLength"/> is the other reading.
    /// </summary>
    public static Token[] Tokenize(string text, TokenPolicy policy, out bool policyMatters) => Read(text, policy, NoTokens, out policyMatters).ToArray();

    /// <summary>
    /// How many tokens <paramref name="text"/> has, and the <paramref name="first"/> of them, without making their
    /// array: what sizing up a name takes (the entity linker does so for every name of every article).
    /// </summary>
    public static int Count(string text, TokenPolicy policy, out Token first)
    {
        var tokens = Read(text, policy, NoTokens, out _);
        first = tokens.Count > 0 ? tokens[0] : default;
        return tokens.Count;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> read with <paramref name="policy"/>, made from <paramref name="read"/>, its
    /// tokens under another policy: a token that reads alike under every policy is kept as it is (a possessive
    /// <c>'s</c> it leaves out is then read as written, <see cref="Token.WrittenLength"/>), and from a word that reads
    /// otherwise (<see cref="TokenFlags.ReadsOtherwise"/>) the text is read again up to the next token kept. Cheaper
    /// than <see cref="Tokenize(string, TokenPolicy)"/> where most words read alike; sentence starts are flagged as
    /// <paramref name="policy"/> reads them.
    /// </summary>
    public static Token[] Reread(string text, Token[] read, TokenPolicy policy) => Read(text, policy, read, out _).ToArray();

    /// <summary>
    /// The words of <paramref name="text"/> as <paramref name="policy"/> reads them, cut out: for a stage that needs
    /// only their text (the words of a name), without an array of every token.
    /// </summary>
    public static string[] Words(string text, TokenPolicy policy)
    {
        var tokens = Read(text, policy, NoTokens, out _);
        var count = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            count += tokens[t].IsWord ? 1 : 0;
        }

        var words = new string[count];
        count = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].IsWord)
            {
                words[count++] = text.Substring(tokens[t].Start, tokens[t].Length);
            }
        }

        return words;
    }

    /// <summary>
    /// The tokens of <paramref name="text"/> in this thread's buffer, good until the next reading, and whether
    /// <paramref name="policyMatters"/>. Each word of <paramref name="earlier"/>, another reading of the same text (or
    /// none), that reads alike under every policy is kept instead of read again, with its sentence start as this
    /// reading has it.
    /// </summary>
    private static List<Token> Read(string text, TokenPolicy policy, Token[] earlier, out bool policyMatters)
    {
        var tokens = _buffer ??= new List<Token>(256);
        tokens.Clear();
        var wordFlags = TokenFlags.None;
        var sentenceStart = true;
        var i = 0;
        var e = 0;
        while (i < text.Length)
        {
            while (e < earlier.Length && earlier[e].Start < i)
            {
                e++;
            }

            var c = text[i];
            if (e < earlier.Length && earlier[e].Start == i && earlier[e].IsWord && !earlier[e].Has(TokenFlags.ReadsOtherwise))
            {
                var kept = earlier[e];
                tokens.Add(new Token(kept.Start, kept.Length, (kept.Flags & ~TokenFlags.SentenceStart) | (sentenceStart ? TokenFlags.SentenceStart : TokenFlags.None)));
                sentenceStart = false;
                i = kept.WrittenEnd;
            }
            else if (IsWordChar(c))
            {
                var word = ReadWord(text, ref i, sentenceStart, policy);
                wordFlags |= word.Flags;
                tokens.Add(word);
                sentenceStart = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else
            {
                var mark = Mark(text, i);
                tokens.Add(mark);
                sentenceStart = EndsSentence(c) ? !EndsAbbreviation(text, tokens) : sentenceStart;
                i += mark.Length;
            }
        }

        policyMatters = (wordFlags & TokenFlags.ReadsOtherwise) != 0;
        return tokens;
    }

    /// <summary>The punctuation or quotation mark at <paramref name="i"/>: a surrogate pair is one mark.</summary>
    private static Token Mark(string text, int i)
    {
        var c = text[i];
        var length = char.IsHighSurrogate(c) && i + 1 < text.Length ? 2 : 1;
        return new Token(i, length, Lexicon.IsDoubleQuoteMark(c) ? TokenFlags.QuoteMark : TokenFlags.None);
    }

    /// <summary>Whether the mark <paramref name="c"/> ends a sentence, unless it ends an abbreviation (<see cref="EndsAbbreviation"/>).</summary>
    private static bool EndsSentence(char c) => c is '.' or '!' or '?' or ':';

    /// <summary>Word text without a trailing possessive (<c>Finland’s</c> → <c>Finland</c>), apostrophes unified.</summary>
    public static string Normalize(string word) =>
        (EndsInPossessive(word, 0, word.Length) ? word.Substring(0, word.Length - 2) : word).Replace('\u2019', '\'');

    /// <summary>Whether the word <c>text[start..start+length)</c> ends in a possessive <c>'s</c> or <c>’s</c>, which <see cref="Normalize"/> takes off.</summary>
    public static bool EndsInPossessive(string text, int start, int length) =>
        length > 2 && text[start + length - 1] == 's' && text[start + length - 2] is '\'' or '\u2019';

    private static Token ReadWord(string text, ref int i, bool sentenceStart, TokenPolicy policy)
    {
        var start = i;
        var flags = TokenFlags.Word | (sentenceStart ? TokenFlags.SentenceStart : TokenFlags.None);
        var innerPeriods = (policy & TokenPolicy.InnerPeriods) != 0;
        var detachPossessive = (policy & TokenPolicy.DetachPossessive) != 0;
        var letters = 0;
        var uppers = 0;
        while (i < text.Length)
        {
            var c = text[i];
            // Most characters of a word are ASCII letters: counted without the Unicode tables below.
            if ((uint)(c - 'a') <= 'z' - 'a')
            {
                letters++;
                i++;
            }
            else if ((uint)(c - 'A') <= 'Z' - 'A')
            {
                letters++;
                uppers++;
                i++;
            }
            else if (IsWordChar(c))
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    uppers += char.IsUpper(c) ? 1 : 0;
                }
                else if (char.IsDigit(c))
                {
                    flags |= TokenFlags.HasDigit;
                }

                i++;
            }
            else if (IsHyphen(c) && i + 1 < text.Length && IsWordChar(text[i + 1]))
            {
                flags |= TokenFlags.Hyphenated;
                i++;
            }
            else if (IsApostrophe(c) && i + 1 < text.Length && (char.IsLetter(text[i + 1]) || (innerPeriods && char.IsDigit(text[i + 1]))))
            {
                var possessiveS = IsPossessiveS(text, i);
                if (char.IsDigit(text[i + 1]) || (possessiveS && !(detachPossessive && KeptPossessiveReadsAlike(text, start, i, letters, uppers))))
                {
                    flags |= TokenFlags.ReadsOtherwise;
                }

                if (detachPossessive && possessiveS)
                {
                    var word = new Token(start, i - start, Classify(text, start, flags, letters, uppers) | TokenFlags.Possessive | TokenFlags.PossessiveS);
                    i += 2;
                    return word;
                }

                i++;
            }
            else if (innerPeriods && IsInnerMark(text, i))
            {
                flags |= TokenFlags.ReadsOtherwise;
                i++;
            }
            else
            {
                if (IsInnerMark(text, i) || (IsApostrophe(c) && i + 1 < text.Length && char.IsDigit(text[i + 1])))
                {
                    flags |= TokenFlags.ReadsOtherwise;
                }

                break;
            }
        }

        var pluralPossessive = i < text.Length && IsApostrophe(text[i]) && text[i - 1] == 's' && (i + 1 == text.Length || !char.IsLetter(text[i + 1])) && letters > 2;
        if (pluralPossessive)
        {
            flags |= TokenFlags.ReadsOtherwise;
        }

        if (detachPossessive && pluralPossessive)
        {
            var word = new Token(start, i - start, Classify(text, start, flags, letters, uppers) | TokenFlags.Possessive);
            i++;
            return word;
        }

        var initial = letters == 1 && uppers == 1 && i - start == 1 && i < text.Length && text[i] == '.';
        if (initial)
        {
            flags |= TokenFlags.ReadsOtherwise;
        }

        if ((policy & TokenPolicy.InitialsWithPeriod) != 0 && initial)
        {
            var end = i + 1;
            while (end + 1 < text.Length && char.IsLetter(text[end]) && text[end + 1] == '.' && (end + 2 == text.Length || !char.IsLetter(text[end + 2])))
            {
                end += 2;
            }

            var kind = end == i + 1 ? TokenFlags.Initial : TokenFlags.Dotted;
            i = end;
            return new Token(start, end - start, flags | TokenFlags.Capitalized | kind);
        }

        return new Token(start, i - start, Classify(text, start, flags, letters, uppers));
    }

    private static TokenFlags Classify(string text, int start, TokenFlags flags, int letters, int uppers)
    {
        // Title-case letters ("ǅ") are all outside ASCII: most words, lowercase ASCII, skip the category look-up.
        if (char.IsUpper(text[start]) || (text[start] >= 128 && char.GetUnicodeCategory(text[start]) == UnicodeCategory.TitlecaseLetter))
        {
            flags |= TokenFlags.Capitalized;
        }

        if (letters >= 2 && uppers == letters)
        {
            flags |= TokenFlags.AllCaps;
        }

        return flags;
    }

    /// <summary>A period right after an initial, a dotted short form or an abbreviation ("Gen.") ends no sentence.</summary>
    private static bool EndsAbbreviation(string text, List<Token> tokens)
    {
        if (tokens.Count < 2 || text[tokens[tokens.Count - 1].Start] != '.')
        {
            return false;
        }

        var previous = tokens[tokens.Count - 2];
        if (previous.End != tokens[tokens.Count - 1].Start || !previous.IsWord)
        {
            return false;
        }

        return previous.Has(TokenFlags.Initial) || Lexicon.IsAbbreviation(text, previous.Start, previous.Length);
    }

    /// <summary>
    /// Whether the word <c>text[start..apostrophe)</c>, read with its possessive <c>'s</c> kept in (as
    /// <see cref="TokenPolicy.Clauses"/> reads it), is the same token with two more characters: the same flags, nothing
    /// after the <c>s</c> that would continue the word, and no period after it that ends an abbreviation instead.
    /// </summary>
    private static bool KeptPossessiveReadsAlike(string text, int start, int apostrophe, int letters, int uppers)
    {
        var after = apostrophe + 2;
        if (after < text.Length
            && ((IsHyphen(text[after]) && after + 1 < text.Length && IsWordChar(text[after + 1]))
                || (IsApostrophe(text[after]) && after + 1 < text.Length && char.IsLetterOrDigit(text[after + 1]))
                || IsInnerMark(text, after)
                || (text[after] == '.' && Lexicon.IsAbbreviation(text, start, after - start))))
        {
            return false;
        }

        var keptUppers = uppers + (text[apostrophe + 1] == 'S' ? 1 : 0);
        var allCapsWithout = letters >= 2 && uppers == letters;
        var allCapsWith = letters + 1 >= 2 && keptUppers == letters + 1;
        return allCapsWithout == allCapsWith;
    }

    /// <summary>A period or ampersand between a word character and a letter or digit (<c>U.S</c>, <c>3.5</c>, <c>AT&amp;T</c>).</summary>
    private static bool IsInnerMark(string text, int i) =>
        text[i] is '.' or '&' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);

    private static bool IsPossessiveS(string text, int apostrophe) =>
        (text[apostrophe + 1] == 's' || text[apostrophe + 1] == 'S')
        && (apostrophe + 2 == text.Length || !IsWordChar(text[apostrophe + 2]));

    private static bool IsWordChar(char c) =>
        c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
