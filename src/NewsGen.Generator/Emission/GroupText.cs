using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsGen.Generator.Emission;

/// <summary>
/// The text blocks of a group's articles (see <see cref="ArticleText"/>) in one UTF-8 literal, and where each block
/// lies in it (UTF-8 byte offset and length), padded to one of a few sizes (see <see cref="ArticleText.PaddedSize"/>).
/// </summary>
internal sealed class GroupText
{
    private readonly StringBuilder _content = new();
    private int _bytes;

    /// <summary>Adds a block; returns the expression that slices it out of <paramref name="literalProperty"/>.</summary>
    public string Add(string block, string literalProperty)
    {
        var length = Encoding.UTF8.GetByteCount(block);
        var slice = literalProperty + ".Slice(" + _bytes.ToString(CultureInfo.InvariantCulture) + ", " + length.ToString(CultureInfo.InvariantCulture) + ")";
        _content.Append(block);
        _bytes += length;
        return slice;
    }

    /// <summary>
    /// The literal of every block added: one literal, not parts joined with <c>+</c>, which would read better but makes
    /// the compiler run operator overload resolution for every <c>+</c> (that doubled the binding time of the BBC corpus).
    /// </summary>
    public string Literal() => CSharpLiteral.Utf8(_content.ToString() + new string(' ', ArticleText.PaddedSize(_bytes) - _bytes));
}
