using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>Turns text into valid C# identifiers.</summary>
public static class CSharpIdentifier
{
    private static readonly HashSet<string> Keywords =
    [
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        "__arglist", "__makeref", "__reftype", "__refvalue",
    ];

    /// <summary>
    /// The longest identifier NewsGen makes, in UTF-16 code units. Metadata allows names of 1,023 UTF-8 bytes and a
    /// code unit takes up to three; the generator adds prefixes (<c>Article_</c>, <c>Create_</c>) and uniqueness
    /// suffixes, so 64 leaves ample room and keeps names readable.
    /// </summary>
    public const int MaxLength = 64;

    // "_" and eight hex digits of the hash of the whole name.
    private const int HashSuffixLength = 9;

    /// <summary>
    /// PascalCase of the words in <paramref name="text"/>: letters, digits and combining marks form words, apostrophes
    /// and invisible format characters are dropped inside a word, everything else separates words. A result that
    /// cannot start an identifier (a digit, a mark) gets a leading underscore; empty input yields
    /// <paramref name="fallback"/>. C# keywords are all lower-case, so a PascalCase result never is one.
    /// </summary>
    public static string From(string text, string fallback = "Article") => Bounded(PascalCase(text, fallback));

    /// <summary>
    /// An identifier the author asked for by name (item metadata, front matter): kept exactly when it is a plain C#
    /// identifier, otherwise the PascalCase of its words (<see cref="WhyNotUsableAsWritten"/> says why).
    /// </summary>
    public static string FromRequested(string text, string fallback = "Article")
    {
        var name = text.Trim();
        return WhyNotUsableAsWritten(name) is null ? Bounded(name) : From(name, fallback);
    }

    /// <summary>
    /// Why <paramref name="name"/> cannot be a member name exactly as written, or null when it can: a keyword would
    /// need <c>@</c>, and format characters such as bidi overrides are ignored by C# and invisible to a reader.
    /// </summary>
    public static string? WhyNotUsableAsWritten(string name)
    {
        if (name.Length > 0 && name[0] == '@')
        {
            return "it starts with '@'";
        }

        if (!IsValid(name))
        {
            return "it has characters a C# name cannot have";
        }

        if (Keywords.Contains(name))
        {
            return "it is a C# keyword";
        }

        foreach (var c in name)
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                return "it has invisible format characters";
            }
        }

        return null;
    }

    /// <summary>
    /// True when <paramref name="identifier"/> was shortened to <see cref="MaxLength"/> (possibly followed by a
    /// uniqueness number): PascalCase names contain no <c>_</c> after the first character, so the hash suffix is
    /// recognisable.
    /// </summary>
    public static bool IsShortened(string identifier)
    {
        if (identifier.Length < MaxLength || identifier[MaxLength - HashSuffixLength] != '_')
        {
            return false;
        }

        for (var i = MaxLength - HashSuffixLength + 1; i < MaxLength; i++)
        {
            if (!IsHexDigit(identifier[i]))
            {
                return false;
            }
        }

        for (var i = MaxLength; i < identifier.Length; i++)
        {
            if (!char.IsDigit(identifier[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <paramref name="identifier"/> when it has at most <see cref="MaxLength"/> code units, otherwise its start and
    /// the <see cref="StableHash"/> of the whole, so that two long names with a common start stay apart and the same
    /// name is shortened the same way on every build.
    /// </summary>
    private static string Bounded(string identifier)
    {
        if (identifier.Length <= MaxLength)
        {
            return identifier;
        }

        // Identifiers hold no surrogates (supplementary characters separate words), so any cut is whole characters.
        return identifier.Substring(0, MaxLength - HashSuffixLength) + "_" + StableHash.Of(identifier).ToString("x8", CultureInfo.InvariantCulture);
    }

    private static bool IsHexDigit(char c) => c is (>= '0' and <= '9') or (>= 'a' and <= 'f');

    // One builder per thread, cleared for each name: an id is made for every entity of every article. One grown by a
    // text longer than an identifier can be is let go.
    [System.ThreadStatic]
    private static StringBuilder? _builder;

    private static string PascalCase(string text, string fallback)
    {
        var builder = _builder ??= new StringBuilder(MaxLength);
        builder.Clear();
        var startOfWord = true;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (IsIdentifierPart(c))
            {
                builder.Append(startOfWord ? char.ToUpperInvariant(c) : c);
                startOfWord = false;
            }
            else if (c is not '\'' and not '\u2019' && char.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                startOfWord = true;
            }
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (!IsIdentifierStart(builder[0]))
        {
            builder.Insert(0, '_');
        }

        var pascalCase = builder.ToString();
        if (builder.Capacity > MaxLength)
        {
            _builder = null;
        }

        return pascalCase;
    }

    /// <summary>True when <paramref name="name"/> is a valid C# identifier without <c>@</c> (keywords included).</summary>
    public static bool IsValid(string name)
    {
        if (name.Length == 0 || !IsIdentifierStart(name[0]))
        {
            return false;
        }

        for (var i = 1; i < name.Length; i++)
        {
            var c = name[i];
            if (!IsIdentifierPart(c) && c != '_' && char.GetUnicodeCategory(c) is not (UnicodeCategory.ConnectorPunctuation or UnicodeCategory.Format))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsIdentifierStart(char c) =>
        c == '_' || char.IsLetter(c) || char.GetUnicodeCategory(c) == UnicodeCategory.LetterNumber;

    private static bool IsIdentifierPart(char c) =>
        char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.LetterNumber
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.NonSpacingMark
                or UnicodeCategory.SpacingCombiningMark => true,
            _ => false,
        };
}
