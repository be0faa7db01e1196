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
    public bool IsBlank(string text) => IsBlank(text, Start, End);

    /// <summary>True when the characters from <paramref name="start"/> to before <paramref name="end"/> are all white space.</summary>
    public static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
