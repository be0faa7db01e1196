using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Structure;

namespace NewsGen.Extraction.Quotes;

/// <summary>Finds direct quotations and attributes them to speakers.</summary>
public static class QuoteExtractor
{
    /// <summary>
    /// The quotes of one article, in reading order. A quotation that runs over several paragraphs, or is
    /// interrupted by its attribution, comes back as one quote per piece, all with the same speaker; a quoted
    /// transcript is cut into its speakers' turns first.
    /// </summary>
    public static QuoteResult Extract(ArticleStructure structure, EntitySet entities)
    {
        var paragraphs = structure.Paragraphs;
        var found = QuoteFinder.Find(paragraphs);
        var turns = new TranscriptTurns(entities);
        var units = new List<QuoteUnit>();
        foreach (var (run, turn) in found.Runs.SelectMany(r => turns.Split(r, paragraphs)))
        {
            var kind = NonQuoteRules.Classify(TextOf(run, paragraphs), paragraphs[run.Pieces[0].Paragraph].Text, run.Pieces[0]);
            if (kind != QuotedKind.Title)
            {
                units.Add(new QuoteUnit(run, isSilent: kind == QuotedKind.ScareQuote) { Turn = turn });
            }
        }

        if (units.TrueForAll(u => u.IsSilent))
        {
            return new QuoteResult([], found.UnbalancedMarks);
        }

        var words = paragraphs.Select((p, i) => new ParagraphWords(p, i, structure.Text.SentencesOf(p.Text))).ToList();
        MarkQuotedTokens(units, words);
        var mentions = FindMentions(entities, words, out var genders);
        var pronouns = new PronounResolver(words, mentions, genders);
        var attributor = new SpeakerAttributor(new SubjectFinder(mentions, pronouns, new RoleDescriptions(entities, mentions, pronouns)));
        AttributePieces(units, words, attributor);
        AttributionContinuity.Apply(units, words);
        return new QuoteResult(ToQuotes(units, paragraphs), found.UnbalancedMarks);
    }

    private static void MarkQuotedTokens(List<QuoteUnit> units, List<ParagraphWords> words)
    {
        foreach (var piece in units.Where(u => !u.IsSilent).SelectMany(u => u.Run.Pieces))
        {
            var paragraph = words[piece.Paragraph];
            var last = piece.CloseMark >= 0 ? paragraph.TokenAt(piece.CloseMark) : paragraph.TokenAt(piece.ContentEnd) - 1;
            paragraph.MarkQuoted(paragraph.TokenAt(piece.OpenMark), last);
        }
    }

    /// <summary>
    /// The names in every paragraph, read twice: the genders the first reading shows settle, in the second, the
    /// names several people share after a gendered honorific.
    /// </summary>
    private static List<List<NameMention>> FindMentions(EntitySet entities, List<ParagraphWords> words, out Dictionary<string, Gender> genders)
    {
        var names = SpeakerNames.From(entities);
        genders = PersonGenders.Infer(words, FindMentions(names, words, null), skipShared: true);
        var mentions = FindMentions(names, words, genders);
        foreach (var paragraph in words)
        {
            foreach (var mention in mentions[paragraph.Position])
            {
                if (!mention.IsPossessive)
                {
                    paragraph.NameEnds.Add(mention.Last);
                }
            }
        }

        genders = PersonGenders.Infer(words, mentions);
        return mentions;
    }

    private static List<List<NameMention>> FindMentions(SpeakerNames names, List<ParagraphWords> words, Dictionary<string, Gender>? genders)
    {
        var mentions = new List<List<NameMention>>(words.Count);
        names.Restart();
        foreach (var paragraph in words)
        {
            var found = names.FindIn(paragraph, genders);
            foreach (var mention in found)
            {
                mention.InsideQuote = paragraph.IsQuoted(mention.First);
            }

            mentions.Add(found);
        }

        return mentions;
    }

    private static void AttributePieces(List<QuoteUnit> units, List<ParagraphWords> words, SpeakerAttributor attributor)
    {
        var byParagraph = units
            .SelectMany(u => u.Run.Pieces.Select((piece, index) => (Unit: u, Index: index, Piece: piece)))
            .GroupBy(x => x.Piece.Paragraph);
        foreach (var group in byParagraph)
        {
            var paragraph = words[group.Key];
            var pieces = group.OrderBy(x => x.Piece.OpenMark).ToList();
            var bounds = pieces.Where(x => !x.Unit.IsSilent).Select(x => x.Piece).ToList();

            // Pieces and bounds are in the same order, so the neighbouring quotations are found by walking both once.
            var previousClose = -1;
            var passed = 0;
            var next = 0;
            foreach (var (unit, index, piece) in pieces)
            {
                for (; passed < bounds.Count && bounds[passed].OpenMark < piece.OpenMark; passed++)
                {
                    previousClose = bounds[passed].CloseMark >= 0 ? paragraph.TokenAt(bounds[passed].CloseMark) : previousClose;
                }

                var end = piece.CloseMark >= 0 ? piece.CloseMark : piece.OpenMark;
                while (next < bounds.Count && bounds[next].OpenMark <= end)
                {
                    next++;
                }

                var nextOpen = next < bounds.Count ? paragraph.TokenAt(bounds[next].OpenMark) : paragraph.Tokens.Length;
                var open = paragraph.TokenAt(piece.OpenMark);
                var close = piece.CloseMark >= 0 ? paragraph.TokenAt(piece.CloseMark) : -1;
                var previousParagraph = index == 0 && group.Key > 0 && OpensParagraph(paragraph, piece, previousClose) ? words[group.Key - 1] : null;
                unit.Pieces[index] = index == 0 && unit.Turn is { } turn
                    ? turn
                    : attributor.Attribute(paragraph, open, close, previousClose, nextOpen, QuoteShape.LastCharacter(paragraph.Text, piece), previousParagraph);
                unit.Partial[index] = QuoteShape.IsPartial(paragraph, piece, open, previousClose);
            }
        }
    }

    /// <summary>Whether the quotation is the first thing in its paragraph.</summary>
    private static bool OpensParagraph(ParagraphWords paragraph, QuotePiece piece, int previousClose) =>
        previousClose < 0 && paragraph.TokenAt(piece.OpenMark) == 0;

    private static List<Quote> ToQuotes(List<QuoteUnit> units, IReadOnlyList<Paragraph> paragraphs)
    {
        var quotes = new List<Quote>();
        foreach (var unit in units.Where(u => !u.IsSilent))
        {
            for (var i = 0; i < unit.Run.Pieces.Count; i++)
            {
                var piece = unit.Run.Pieces[i];
                var paragraph = paragraphs[piece.Paragraph];
                quotes.Add(new Quote(
                    paragraph.Text.Substring(piece.ContentStart, piece.ContentEnd - piece.ContentStart),
                    unit.Speaker,
                    paragraph.Index,
                    unit.Partial[i],
                    paragraph.Start + piece.ContentStart,
                    piece.ContentEnd - piece.ContentStart));
            }
        }

        return quotes;
    }

    private static string TextOf(QuotedRun run, IReadOnlyList<Paragraph> paragraphs)
    {
        if (run.Pieces.Count == 1)
        {
            var piece = run.Pieces[0];
            return paragraphs[piece.Paragraph].Text.Substring(piece.ContentStart, piece.ContentEnd - piece.ContentStart);
        }

        var text = new StringBuilder();
        foreach (var piece in run.Pieces)
        {
            text.Append(paragraphs[piece.Paragraph].Text, piece.ContentStart, piece.ContentEnd - piece.ContentStart).Append(' ');
        }

        return text.ToString();
    }
}
