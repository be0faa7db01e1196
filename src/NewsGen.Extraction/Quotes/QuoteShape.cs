namespace NewsGen.Extraction.Quotes;

/// <summary>How a quoted piece sits in its sentence: woven into it as a fragment, and how it ends.</summary>
internal static class QuoteShape
{
    /// <summary>
    /// A fragment woven into the reporter's sentence: it starts in lowercase, or the sentence runs straight into it
    /// from a word that is not a speech verb (called Lisbon “a harbour for hard bargains”).
    /// </summary>
    public static bool IsPartial(ParagraphWords paragraph, QuotePiece piece, int open, int previousClose)
    {
        var text = paragraph.Text;
        for (var c = piece.ContentStart; c < piece.ContentEnd; c++)
        {
            if (char.IsLetter(text[c]))
            {
                if (char.IsLower(text[c]))
                {
                    return true;
                }

                break;
            }
        }

        var sentenceStart = paragraph.SentenceStart(previousClose + 1, open);
        var before = open - 1;
        return before >= sentenceStart && paragraph.IsWord(before) && !paragraph.IsSpeechVerb(before);
    }

    /// <summary>
    /// The last character inside the marks, past spaces and a nested quote's closing mark, which tells how the quote
    /// ends its part of the sentence.
    /// </summary>
    public static char LastCharacter(string text, QuotePiece piece)
    {
        var c = piece.ContentEnd - 1;
        while (c >= piece.ContentStart && (char.IsWhiteSpace(text[c]) || text[c] is '\'' or '\u2019'))
        {
            c--;
        }

        return c >= piece.ContentStart ? text[c] : ' ';
    }
}
