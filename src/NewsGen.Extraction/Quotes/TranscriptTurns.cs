using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Turns of a quoted transcript: a piece that opens with a speaker's name in capitals and a colon (“PRICE: We are
/// ready.”) starts a turn of that speaker, and the pieces after it, up to the next such label, are the same turn.
/// The label is not part of the quotation; it names the person with that surname, or nobody known.
/// </summary>
internal sealed class TranscriptTurns
{
    /// <summary>A label is a surname, perhaps with an honorific or given name before it (“SEN. PRICE”, “ANNA PRICE”).</summary>
    private const int MaximumLabelWords = 3;

    private readonly Dictionary<string, EntityRef> _bySurname = new(StringComparer.OrdinalIgnoreCase);

    public TranscriptTurns(EntitySet entities)
    {
        foreach (var person in entities.People)
        {
            var words = person.Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var surname = words[words.Length - 1];
            if (!_bySurname.ContainsKey(surname))
            {
                _bySurname.Add(surname, new EntityRef(EntityKind.Person, person.Id, person.Name));
            }
        }
    }

    /// <summary>The run cut into turns at each labelled piece, with each turn's speaker; null for a part before any label.</summary>
    public List<(QuotedRun Run, Attribution? Turn)> Split(QuotedRun run, IReadOnlyList<Paragraph> paragraphs)
    {
        var turns = new List<(QuotedRun, Attribution?)>();
        var pieces = new List<QuotePiece>();
        Attribution? turn = null;
        foreach (var piece in run.Pieces)
        {
            var text = paragraphs[piece.Paragraph].Text;
            var contentStart = LabelEnd(text, piece.ContentStart, piece.ContentEnd, out var surname);
            if (contentStart < 0)
            {
                pieces.Add(piece);
                continue;
            }

            if (pieces.Count > 0)
            {
                turns.Add((new QuotedRun(pieces), turn));
                pieces = new List<QuotePiece>();
            }

            pieces.Add(new QuotePiece(piece.Paragraph, piece.OpenMark, contentStart, piece.ContentEnd, piece.CloseMark));
            turn = new Attribution(_bySurname.TryGetValue(surname!, out var speaker) ? speaker : null, CueKind.Explicit);
        }

        turns.Add((pieces.Count == run.Pieces.Count && turn is null ? run : new QuotedRun(pieces), turn));
        return turns;
    }

    /// <summary>
    /// Where the words start after a label of capitalized words and a colon at <paramref name="start"/>, or -1;
    /// <paramref name="surname"/> is the label's last word.
    /// </summary>
    private static int LabelEnd(string text, int start, int end, out string? surname)
    {
        surname = null;
        var words = 0;
        var i = start;
        while (i < end && words < MaximumLabelWords)
        {
            var wordStart = i;
            while (i < end && (char.IsUpper(text[i]) || text[i] is '\'' or '\u2019' or '-' or '.'))
            {
                i++;
            }

            if (i - wordStart < 2 || char.IsLower(text[wordStart]) || !char.IsLetter(text[wordStart]))
            {
                return -1;
            }

            words++;
            surname = text.Substring(wordStart, i - wordStart).TrimEnd('.');
            if (i < end && text[i] == ':')
            {
                i++;
                while (i < end && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                return i < end && i > start ? i : -1;
            }

            if (i >= end || text[i] != ' ')
            {
                return -1;
            }

            i++;
        }

        return -1;
    }
}
