using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>A quotation being attributed: its pieces, what the words around each piece say, and the speaker chosen.</summary>
internal sealed class QuoteUnit
{
    public QuoteUnit(QuotedRun run, bool isSilent)
    {
        Run = run;
        IsSilent = isSilent;
        Pieces = new Attribution[run.Pieces.Count];
        Partial = new bool[run.Pieces.Count];
    }

    public QuotedRun Run { get; }

    /// <summary>
    /// A scare quote or short utterance: not reported as a quotation, but its explicit attribution (“I would,”
    /// Melanie said) carries over to the quotations next to it.
    /// </summary>
    public bool IsSilent { get; }

    /// <summary>The attribution found around each piece.</summary>
    public Attribution[] Pieces { get; }

    /// <summary>Whether each piece is a fragment embedded in the reporter's sentence.</summary>
    public bool[] Partial { get; }

    /// <summary>The turn of a quoted transcript this quotation is, by the label that opens it (<see cref="TranscriptTurns"/>).</summary>
    public Attribution? Turn => Run.Turn;

    public EntityRef? Speaker { get; set; }

    /// <summary>True once the speaker is settled, by a cue of its own or by continuity with a neighbour.</summary>
    public bool Settled { get; set; }

    /// <summary>The speaker comes from a speech verb, “according to”, an agent or a credit, not from a sentence subject.</summary>
    public bool Explicit { get; set; }

    /// <summary>The speaker comes from a dash credit after the quotation (“…” ― Jane Doe).</summary>
    public bool Credited { get; set; }

    public int FirstParagraph => Run.Pieces[0].Paragraph;

    public int LastParagraph => Run.Pieces[Run.Pieces.Count - 1].Paragraph;
}
