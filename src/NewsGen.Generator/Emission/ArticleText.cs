using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NewsGen.Generator.Emission;

/// <summary>
/// Collects every text of one article (headline, paragraphs, quotes, …) into one block, read back by the generated
/// <c>NewsGenText.Split</c>: the lengths (decimal, comma-separated), a bar, then the texts back to back. The blocks of
/// a group's articles share a few UTF-8 literals (see <see cref="GroupText"/>): UTF-8 literals keep text out of the
/// 16 MB user-string heap (CS8103), but the compiler puts each in a field of one module-wide class, which the runtime
/// loads whole on first use. In a 20,000-article project, with one literal per paragraph the first access to any
/// article took a quarter of a second; with one per article, 20 ms more than with 10 articles; shared, 6 ms more.
/// </summary>
internal sealed class ArticleText(string variable)
{
    /// <summary>
    /// What the article template writes where its texts are read from. A control character never appears in rendered
    /// code otherwise (literals escape them; identifiers cannot hold them), so replacing it cannot touch anything else.
    /// </summary>
    public const string Placeholder = "\u0001texts\u0001";

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
    /// Everything added, as one block: the lengths, a bar, the texts. Lengths count UTF-16 code units, which escaping
    /// keeps: a pair becomes one <c>\U</c> escape, a lone surrogate one <c>\uFFFD</c>.
    /// </summary>
    public string Content() =>
        string.Join(",", _texts.Select(t => t.Length.ToString(CultureInfo.InvariantCulture))) + "|" + string.Concat(_texts);

    /// <summary>
    /// The compiler gives each size of data a type of its own (<c>__StaticArrayInitTypeSize=N</c>), and the runtime loads
    /// all of them with the class that holds the literals: 20,000 literals of 4,000 sizes took 52 ms to reach the first
    /// one, of one size 22 ms. Sizes are rounded up to 16 steps per power of two (at least 64 bytes), so there are a
    /// few dozen sizes whatever the corpus, for at most 1/16 of padding.
    /// </summary>
    public static int PaddedSize(int bytes)
    {
        var power = 1;
        while (power <= bytes / 2)
        {
            power *= 2;
        }

        var step = System.Math.Max(64, power / 16);
        return (bytes + step - 1) / step * step;
    }
}
