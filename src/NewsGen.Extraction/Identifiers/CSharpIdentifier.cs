using System.Collections.Generic;
using System.Globalization;
using System.Text;

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
    ];

    /// <summary>
    /// PascalCase of the words in <paramref name="text"/>: letters, digits and combining marks form words, apostrophes
    /// and invisible format characters are dropped inside a word, everything else separates words. A result that
    /// cannot start an identifier (a digit, a mark) gets a leading underscore; empty input yields
    /// <paramref name="fallback"/>. C# keywords are all lower-case, so a PascalCase result never is one.
    /// </summary>
    public static string From(string text, string fallback = "Article")
    {
        var builder = new StringBuilder(text.Length);
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

        return builder.ToString();
    }

    /// <summary>
    /// An identifier the author asked for by name (item metadata, front matter): kept exactly when it already is a
    /// valid C# identifier (a keyword gets <c>@</c>, as C# requires), otherwise the PascalCase of its words.
    /// </summary>
    public static string FromRequested(string text, string fallback = "Article")
    {
        var name = text.Trim();
        var verbatim = name.Length > 1 && name[0] == '@';
        var bare = verbatim ? name.Substring(1) : name;
        if (!IsValid(bare))
        {
            return From(name, fallback);
        }

        return Keywords.Contains(bare) ? "@" + bare : bare;
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
