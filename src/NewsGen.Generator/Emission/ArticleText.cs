using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Collects every text of one article (headline, paragraphs, quotes, …) into a single UTF-8 literal, read back by the
/// generated <c>NewsGenText.Split</c>: the lengths (decimal, comma-separated), a bar, then the texts back to back.
/// UTF-8 literals keep text out of the 16 MB user-string heap (CS8103), but the compiler puts each in a field of one
/// class, which the runtime loads whole on first use: with one literal per paragraph, the first access to any
/// article took a quarter of a second in a 20,000-article project; with one per article it stays in milliseconds.
/// </summary>
internal sealed class ArticleText(string variable)
{
    private readonly List<string> _texts = [];

    /// <summary>Adds <paramref name="text"/> and returns the expression that reads it back.</summary>
    public string Add(string text)
    {
        _texts.Add(text);
        return variable + "[" + CSharpLiteral.Int(_texts.Count - 1) + "]";
    }

    /// <summary><see cref="Add"/>, or <c>null</c>.</summary>
    public string AddOptional(string? text) => text is null ? "null" : Add(text);

    /// <summary>
    /// The literal of everything added: one literal, not parts joined with <c>+</c>, which would read better but makes
    /// the compiler run operator overload resolution for every <c>+</c> (that doubled the binding time of the BBC corpus).
    /// Lengths count UTF-16 code units, which escaping keeps: a pair becomes one <c>\U</c> escape, a lone surrogate
    /// one <c>\uFFFD</c>.
    /// </summary>
    public string Literal() =>
        CSharpLiteral.Utf8(string.Join(",", _texts.Select(t => t.Length.ToString(CultureInfo.InvariantCulture))) + "|" + string.Concat(_texts));
}
