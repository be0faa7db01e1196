using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace NewsGen.Generator.Emission;

/// <summary>
/// The text blocks of a group's articles (see <see cref="ArticleText"/>) in a few UTF-8 literals of at most
/// <see cref="MaxLiteralBytes"/> each (a longer block gets a literal of its own), and where each block lies in them,
/// each literal padded to one of a few sizes (see <see cref="ArticleText.PaddedSize"/>).
/// </summary>
internal sealed class GroupText
{
    /// <summary>
    /// Few literals make the first access to an article cheap (the runtime loads the class holding all of them whole),
    /// but the compiler holds a literal's text several times while compiling: kept under 16 KB, those copies stay out
    /// of the large object heap, which is collected rarely and made a 20,000-article build take 4 GB more memory.
    /// </summary>
    public const int MaxLiteralBytes = 16 * 1024;

    private readonly List<(StringBuilder Content, int Bytes)> _literals = [];

    /// <summary>Adds a block; returns the expression that slices it out of the literal property <c>{prefix}{n}</c>.</summary>
    public string Add(string block, string propertyPrefix)
    {
        var length = Encoding.UTF8.GetByteCount(block);
        if (_literals.Count == 0 || (_literals[_literals.Count - 1].Bytes > 0 && _literals[_literals.Count - 1].Bytes + length > MaxLiteralBytes))
        {
            _literals.Add((new StringBuilder(), 0));
        }

        var index = _literals.Count - 1;
        var (content, offset) = _literals[index];
        content.Append(block);
        _literals[index] = (content, offset + length);
        return propertyPrefix + index.ToString(CultureInfo.InvariantCulture)
            + ".Slice(" + offset.ToString(CultureInfo.InvariantCulture) + ", " + length.ToString(CultureInfo.InvariantCulture) + ")";
    }

    /// <summary>
    /// The literals, in order: each one literal, not parts joined with <c>+</c>, which would read better but makes the
    /// compiler run operator overload resolution for every <c>+</c> (that doubled the binding time of the BBC corpus).
    /// </summary>
    public IReadOnlyList<string> Literals() =>
        _literals.Select(l => CSharpLiteral.Utf8(l.Content.ToString() + new string(' ', ArticleText.PaddedSize(l.Bytes) - l.Bytes))).ToList();
}
