namespace NewsGen.Extraction.Text;

/// <summary>One line of a normalized text: <c>[Start, End)</c> without its <c>\n</c>.</summary>
public readonly record struct TextLine(int Start, int End)
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
