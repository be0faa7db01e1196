using System.Collections.Generic;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Gives quotations without a cue of their own the speaker of their neighbours: a quotation interrupted by its
/// attribution (“X,” he said, “Y.”) shares it; so do further quotes in the same paragraph, and a paragraph that opens
/// with a quote right after a paragraph whose last quote was attributed (consecutive quotes by one speaker).
/// </summary>
internal static class AttributionContinuity
{
    public static void Apply(IReadOnlyList<QuoteUnit> units, IReadOnlyList<ParagraphWords> paragraphs)
    {
        foreach (var unit in units)
        {
            foreach (var attribution in unit.Pieces)
            {
                if (attribution.HasCue)
                {
                    unit.Speaker = attribution.Speaker;
                    unit.Settled = true;
                    break;
                }
            }
        }

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Settled)
            {
                continue;
            }

            var previous = i > 0 ? units[i - 1] : null;
            var next = i + 1 < units.Count ? units[i + 1] : null;
            if (previous is { Settled: true } && previous.LastParagraph == unit.FirstParagraph)
            {
                Inherit(unit, previous);
            }
            else if (next is { Settled: true } && next.FirstParagraph == unit.LastParagraph && next.Pieces[0].HasCue)
            {
                Inherit(unit, next);
            }
            else if (previous is { Settled: true } && previous.LastParagraph == unit.FirstParagraph - 1
                && OpensParagraph(unit, paragraphs) && !HasLaterCueInParagraph(units, i))
            {
                Inherit(unit, previous);
            }
        }
    }

    private static void Inherit(QuoteUnit unit, QuoteUnit from)
    {
        unit.Speaker = from.Speaker;
        unit.Settled = true;
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
            if (units[j].Settled)
            {
                return true;
            }
        }

        return false;
    }
}
