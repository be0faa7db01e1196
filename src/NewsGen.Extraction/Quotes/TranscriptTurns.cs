using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;

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

    private readonly EntitySet _entities;

    /// <summary>The people by surname, made for the first label: most articles have no transcript.</summary>
    private Dictionary<string, EntityRef>? _bySurname;

    public TranscriptTurns(EntitySet entities) => _entities = entities;

    /// <summary>
    /// Adds to <paramref name="turns"/> the run cut into turns at each labelled piece, each with its turn's speaker
    /// (<see cref="QuotedRun.Turn"/>; none for a part before any label); a run without labels is added as it is.
    /// </summary>
    public void Split(QuotedRun run, IReadOnlyList<Paragraph> paragraphs, List<QuotedRun> turns)
    {
        List<QuotePiece>? pieces = null;
        Attribution? turn = null;
        for (var i = 0; i < run.Pieces.Count; i++)
        {
            var piece = run.Pieces[i];
            var contentStart = LabelEnd(paragraphs[piece.Paragraph].Text, piece.ContentStart, piece.ContentEnd, out var surname);
            if (contentStart < 0)
            {
                pieces?.Add(piece);
                continue;
            }

            if (pieces is null)
            {
                pieces = new List<QuotePiece>();
                for (var before = 0; before < i; before++)
                {
                    pieces.Add(run.Pieces[before]);
                }
            }

            if (pieces.Count > 0)
            {
                turns.Add(new QuotedRun(pieces, turn));
                pieces = new List<QuotePiece>();
            }

            pieces.Add(new QuotePiece(piece.Paragraph, piece.OpenMark, contentStart, piece.ContentEnd, piece.CloseMark));
            turn = new Attribution(BySurname().TryGetValue(surname!, out var speaker) ? speaker : null, CueKind.Explicit);
        }

        turns.Add(pieces is null ? run : new QuotedRun(pieces, turn));
    }

    private Dictionary<string, EntityRef> BySurname()
    {
        if (_bySurname is null)
        {
            _bySurname = new Dictionary<string, EntityRef>(StringComparer.OrdinalIgnoreCase);
            foreach (var person in _entities.People)
            {
                var words = person.Name.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
                var surname = words[words.Length - 1];
                if (!_bySurname.ContainsKey(surname))
                {
                    _bySurname.Add(surname, new EntityRef(EntityKind.Person, person.Id, person.Name));
                }
            }
        }

        return _bySurname;
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
