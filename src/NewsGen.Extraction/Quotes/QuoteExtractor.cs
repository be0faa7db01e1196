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
    /// interrupted by its attribution, comes back as one quote per piece, all with the same speaker.
    /// </summary>
    public static QuoteResult Extract(ArticleStructure structure, EntitySet entities)
    {
        var paragraphs = structure.Paragraphs;
        var found = QuoteFinder.Find(paragraphs);
        var runs = found.Runs.Where(r => NonQuoteRules.IsQuotation(TextOf(r, paragraphs))).ToList();
        if (runs.Count == 0)
        {
            return new QuoteResult([], found.UnbalancedMarks);
        }

        var words = paragraphs.Select((p, i) => new ParagraphWords(p, i)).ToList();
        var units = runs.Select(r => new QuoteUnit(r)).ToList();
        MarkQuotedTokens(units, words);
        var mentions = FindMentions(entities, words);
        var attributor = new SpeakerAttributor(mentions, new PronounResolver(mentions, PersonGenders.Infer(words, mentions)));
        AttributePieces(units, words, attributor);
        AttributionContinuity.Apply(units, words);
        return new QuoteResult(ToQuotes(units, paragraphs), found.UnbalancedMarks);
    }

    private static void MarkQuotedTokens(List<QuoteUnit> units, List<ParagraphWords> words)
    {
        foreach (var piece in units.SelectMany(u => u.Run.Pieces))
        {
            var paragraph = words[piece.Paragraph];
            var last = piece.CloseMark >= 0 ? paragraph.TokenAt(piece.CloseMark) : paragraph.Tokens.Length - 1;
            paragraph.QuotedTokens.Add((paragraph.TokenAt(piece.OpenMark), last));
        }
    }

    private static List<List<NameMention>> FindMentions(EntitySet entities, List<ParagraphWords> words)
    {
        var names = SpeakerNames.From(entities);
        var mentions = new List<List<NameMention>>(words.Count);
        foreach (var paragraph in words)
        {
            var found = names.FindIn(paragraph);
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
            for (var i = 0; i < pieces.Count; i++)
            {
                var (unit, index, piece) = pieces[i];
                var open = paragraph.TokenAt(piece.OpenMark);
                var close = piece.CloseMark >= 0 ? paragraph.TokenAt(piece.CloseMark) : -1;
                var previousClose = i > 0 ? paragraph.TokenAt(pieces[i - 1].Piece.CloseMark) : -1;
                var nextOpen = i + 1 < pieces.Count ? paragraph.TokenAt(pieces[i + 1].Piece.OpenMark) : paragraph.Tokens.Length;
                unit.Pieces[index] = attributor.Attribute(paragraph, open, close, previousClose, nextOpen, EndsWithPeriod(paragraph.Text, piece));
                unit.Partial[index] = IsPartial(paragraph, piece, open, previousClose);
            }
        }
    }

    /// <summary>
    /// A fragment woven into the reporter's sentence: it starts in lowercase, or the sentence runs straight into it
    /// from a word that is not a speech verb (called Baku “the diplomatic capital of the region”).
    /// </summary>
    private static bool IsPartial(ParagraphWords paragraph, QuotePiece piece, int open, int previousClose)
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

        var sentenceStart = SpeakerAttributor.SentenceStart(paragraph, previousClose + 1, open);
        var before = open - 1;
        return before >= sentenceStart && paragraph.IsWord(before) && !paragraph.IsSpeechVerb(before);
    }

    /// <summary>A quote ending in a period closes its sentence: words after it are a new sentence, not its attribution.</summary>
    private static bool EndsWithPeriod(string text, QuotePiece piece)
    {
        var c = piece.ContentEnd - 1;
        while (c >= piece.ContentStart && char.IsWhiteSpace(text[c]))
        {
            c--;
        }

        return c >= piece.ContentStart && text[c] == '.';
    }

    private static List<Quote> ToQuotes(List<QuoteUnit> units, IReadOnlyList<Paragraph> paragraphs)
    {
        var quotes = new List<Quote>();
        foreach (var unit in units)
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
