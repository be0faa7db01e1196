using System.Collections.Generic;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Settles each quotation's speaker. Its pieces' strongest cue wins (the words around a piece over the sentence
/// subject over an earlier sentence). Quotations without a cue take their neighbours' speaker: a quotation interrupted
/// by its attribution (“X,” he said, “Y.”) shares it; so do further quotes in the same paragraph, and a paragraph that
/// opens with a quote right after a paragraph whose last quote was attributed (consecutive quotes by one speaker).
/// </summary>
internal static class AttributionContinuity
{
    public static void Apply(IReadOnlyList<QuoteUnit> units, IReadOnlyList<ParagraphWords> paragraphs)
    {
        foreach (var unit in units)
        {
            var strongest = Attribution.None;
            foreach (var attribution in unit.Pieces)
            {
                if (attribution.Kind > strongest.Kind)
                {
                    strongest = attribution;
                }
            }

            if (strongest.HasCue)
            {
                unit.Speaker = strongest.Speaker;
                unit.Settled = true;
                unit.Explicit = strongest.IsExplicit;
            }
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Settled || unit.IsSilent)
            {
                continue;
            }

            var previous = Neighbour(units, i, -1);
            var next = Neighbour(units, i, 1);
            if (previous is not null && previous.LastParagraph == unit.FirstParagraph)
            {
                Inherit(unit, previous);
            }
            else if (next is not null && next.FirstParagraph == unit.LastParagraph && next.Explicit)
            {
                Inherit(unit, next);
            }
            else if (previous is not null && previous.LastParagraph == unit.FirstParagraph - 1
                && OpensParagraph(unit, paragraphs) && !HasLaterCueInParagraph(units, i))
            {
                Inherit(unit, previous);
            }
        }
    }

    /// <summary>The closest settled unit in <paramref name="direction"/> that may lend its speaker; silent ones only when explicit.</summary>
    private static QuoteUnit? Neighbour(IReadOnlyList<QuoteUnit> units, int i, int direction)
    {
        for (var j = i + direction; j >= 0 && j < units.Count; j += direction)
        {
            var unit = units[j];
            if (!unit.IsSilent)
            {
                return unit.Settled ? unit : null;
            }

            if (unit.Explicit)
            {
                return unit;
            }
        }

        return null;
    }

    private static void Inherit(QuoteUnit unit, QuoteUnit from)
    {
        unit.Speaker = from.Speaker;
        unit.Settled = true;
        unit.Explicit = from.Explicit;
    }

    private static bool OpensParagraph(QuoteUnit unit, IReadOnlyList<ParagraphWords> paragraphs)
    {
        var first = unit.Run.Pieces[0];
        var text = paragraphs[first.Paragraph].Text;
        for (var c = 0; c < first.OpenMark; c++)
        {
            if (!char.IsWhiteSpace(text[c]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLaterCueInParagraph(IReadOnlyList<QuoteUnit> units, int i)
    {
        var paragraph = units[i].LastParagraph;
        for (var j = i + 1; j < units.Count && units[j].FirstParagraph == paragraph; j++)
        {
            if (units[j].Settled && !units[j].IsSilent)
            {
                return true;
            }
        }

        return false;
    }
}
