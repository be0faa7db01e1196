namespace NewsGen.Extraction.Text;

/// <summary>
/// One line of a normalized text: <c>[Start, End)</c> without its <c>\n</c>. A class: lists of a struct are
/// JIT-compiled anew in every compiler process, lists of a class share code the runtime already has.
/// </summary>
public sealed record TextLine(int Start, int End)
{
    /// <summary>The number of characters on the line.</summary>
    public int Length => End - Start;

    /// <summary>True when the line holds only white space (non-breaking spaces included).</summary>
    public bool IsBlank(string text)
    {
        for (var i = Start; i < End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
