using System.Collections.Generic;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// The part of a quotation inside one paragraph. Offsets are relative to the paragraph text; <see cref="CloseMark"/>
/// is -1 when the quotation goes on in a next piece. A class, not a struct: lists of it are then the same code as
/// the framework's own lists of objects, where a struct's would be compiled anew in every fresh compiler process.
/// </summary>
internal sealed class QuotePiece
{
    public QuotePiece(int paragraph, int openMark, int contentStart, int contentEnd, int closeMark)
    {
        Paragraph = paragraph;
        OpenMark = openMark;
        ContentStart = contentStart;
        ContentEnd = contentEnd;
        CloseMark = closeMark;
    }

    /// <summary>Position of the paragraph in the article's paragraph list.</summary>
    public int Paragraph { get; }

    public int OpenMark { get; }

    public int ContentStart { get; }

    public int ContentEnd { get; }

    public int CloseMark { get; }
}

/// <summary>
/// One quotation between balanced marks: a single piece, or one piece per paragraph when it runs on (two pieces in one
/// paragraph where the text lost its paragraph breaks).
/// </summary>
internal sealed class QuotedRun
{
    public QuotedRun(IReadOnlyList<QuotePiece> pieces, Attribution? turn = null)
    {
        Pieces = pieces;
        Turn = turn;
    }

    public IReadOnlyList<QuotePiece> Pieces { get; }

    /// <summary>The turn of a quoted transcript this run is, by the label that opens it (<see cref="TranscriptTurns"/>).</summary>
    public Attribution? Turn { get; }
}
