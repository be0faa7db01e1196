using System;
using System.Collections.Generic;
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
        var result = Find(structure, entities);

        // No stage after this one reads tokens.
        structure.Text.ReleaseTokens();
        return result;
    }

    private static QuoteResult Find(ArticleStructure structure, EntitySet entities)
    {
        var paragraphs = structure.Paragraphs;
        var found = QuoteFinder.Find(paragraphs);

        // A paragraph is read once, when a quotation in it is classified or, if any is reported, for attribution.
        var tokenized = new ParagraphWords?[paragraphs.Count];
        Func<int, ParagraphWords> wordsOf = p => tokenized[p] ??= new ParagraphWords(paragraphs[p], p, structure.Text);
        var turns = new TranscriptTurns(entities);
        var runs = new List<QuotedRun>();
        foreach (var quoted in found.Runs)
        {
            turns.Split(quoted, paragraphs, runs);
        }

        var units = new List<QuoteUnit>(runs.Count);
        var anyReported = false;
        foreach (var run in runs)
        {
            var kind = NonQuoteRules.Classify(run, wordsOf);
            if (kind != QuotedKind.Title)
            {
                units.Add(new QuoteUnit(run, isSilent: kind == QuotedKind.ScareQuote));
                anyReported |= kind != QuotedKind.ScareQuote;
            }
        }

        if (!anyReported)
        {
            return new QuoteResult([], found.UnbalancedMarks);
        }

        var words = new List<ParagraphWords>(paragraphs.Count);
        for (var p = 0; p < paragraphs.Count; p++)
        {
            words.Add(wordsOf(p));
        }

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
        foreach (var unit in units)
        {
            for (var i = 0; i < unit.Run.Pieces.Count && !unit.IsSilent; i++)
            {
                var piece = unit.Run.Pieces[i];
                var paragraph = words[piece.Paragraph];
                var last = piece.CloseMark >= 0 ? paragraph.TokenAt(piece.CloseMark) : paragraph.TokenAt(piece.ContentEnd) - 1;
                paragraph.MarkQuoted(paragraph.TokenAt(piece.OpenMark), last);
            }
        }
    }

    /// <summary>
    /// The names in every paragraph, read twice when several people share a name: the genders the first reading
    /// shows settle, in the second, the shared names after a gendered honorific. Without a shared name the second
    /// reading would find the same owners, and genders inferred without shared names are the same as with them.
    /// </summary>
    private static List<List<NameMention>> FindMentions(EntitySet entities, List<ParagraphWords> words, out PersonGenders genders)
    {
        var names = SpeakerNames.From(entities);
        var mentions = FindMentions(names, words, null);
        genders = PersonGenders.Infer(words, mentions, skipShared: true);
        if (AnyShared(mentions))
        {
            mentions = FindMentions(names, words, genders);
            genders = PersonGenders.Infer(words, mentions);
        }

        foreach (var paragraph in words)
        {
            foreach (var mention in mentions[paragraph.Position])
            {
                if (!mention.IsPossessive)
                {
                    paragraph.AddNameEnd(mention.Last);
                }
            }
        }

        return mentions;
    }

    private static bool AnyShared(List<List<NameMention>> mentions)
    {
        foreach (var inParagraph in mentions)
        {
            foreach (var mention in inParagraph)
            {
                if (mention.IsShared)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<List<NameMention>> FindMentions(SpeakerNames names, List<ParagraphWords> words, PersonGenders? genders)
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

    /// <summary>
    /// Attributes every piece, paragraph by paragraph in the order the units first reach them, each paragraph's
    /// pieces in text order: a piece is read with the reported quotations around it.
    /// </summary>
    private static void AttributePieces(List<QuoteUnit> units, List<ParagraphWords> words, SpeakerAttributor attributor)
    {
        var byParagraph = new List<UnitPiece>?[words.Count];
        var order = new List<int>();
        foreach (var unit in units)
        {
            for (var index = 0; index < unit.Run.Pieces.Count; index++)
            {
                var p = unit.Run.Pieces[index].Paragraph;
                if (byParagraph[p] is null)
                {
                    byParagraph[p] = new List<UnitPiece>();
                    order.Add(p);
                }

                byParagraph[p]!.Add(new UnitPiece(unit, index));
            }
        }

        var bounds = new List<UnitPiece>();
        foreach (var p in order)
        {
            var pieces = byParagraph[p]!;
            SortByOpenMark(pieces);
            bounds.Clear();
            foreach (var piece in pieces)
            {
                if (!piece.Unit.IsSilent)
                {
                    bounds.Add(piece);
                }
            }

            AttributeParagraph(words, p, pieces, bounds, attributor);
        }
    }

    private static void AttributeParagraph(List<ParagraphWords> words, int p, List<UnitPiece> pieces, List<UnitPiece> bounds, SpeakerAttributor attributor)
    {
        var paragraph = words[p];

        // Pieces and bounds are in the same order, so the neighbouring quotations are found by walking both once.
        var previousClose = -1;
        var passed = 0;
        var next = 0;
        foreach (var unitPiece in pieces)
        {
            var unit = unitPiece.Unit;
            var index = unitPiece.Index;
            var piece = unitPiece.Piece;
            for (; passed < bounds.Count && bounds[passed].Piece.OpenMark < piece.OpenMark; passed++)
            {
                previousClose = bounds[passed].Piece.CloseMark >= 0 ? paragraph.TokenAt(bounds[passed].Piece.CloseMark) : previousClose;
            }

            var end = piece.CloseMark >= 0 ? piece.CloseMark : piece.OpenMark;
            while (next < bounds.Count && bounds[next].Piece.OpenMark <= end)
            {
                next++;
            }

            var nextOpen = next < bounds.Count ? paragraph.TokenAt(bounds[next].Piece.OpenMark) : paragraph.Tokens.Length;
            var open = paragraph.TokenAt(piece.OpenMark);
            var close = piece.CloseMark >= 0 ? paragraph.TokenAt(piece.CloseMark) : -1;
            var previousParagraph = index == 0 && p > 0 && OpensParagraph(paragraph, piece, previousClose) ? words[p - 1] : null;
            unit.Pieces[index] = index == 0 && unit.Turn is { } turn
                ? turn
                : attributor.Attribute(paragraph, open, close, previousClose, nextOpen, QuoteShape.LastCharacter(paragraph.Text, piece), previousParagraph);
            unit.Partial[index] = QuoteShape.IsPartial(paragraph, piece, open, previousClose);
        }
    }

    /// <summary>
    /// Sorts stably, as <c>OrderBy</c> did: units reach a paragraph almost always in text order (a quotation that runs
    /// on opens its paragraph), so an insertion sort only checks each piece against the one before.
    /// </summary>
    private static void SortByOpenMark(List<UnitPiece> pieces)
    {
        for (var i = 1; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            var j = i - 1;
            for (; j >= 0 && pieces[j].Piece.OpenMark > piece.Piece.OpenMark; j--)
            {
                pieces[j + 1] = pieces[j];
            }

            pieces[j + 1] = piece;
        }
    }

    /// <summary>Whether the quotation is the first thing in its paragraph.</summary>
    private static bool OpensParagraph(ParagraphWords paragraph, QuotePiece piece, int previousClose) =>
        previousClose < 0 && paragraph.TokenAt(piece.OpenMark) == 0;

    private static List<Quote> ToQuotes(List<QuoteUnit> units, IReadOnlyList<Paragraph> paragraphs)
    {
        var quotes = new List<Quote>();
        foreach (var unit in units)
        {
            for (var i = 0; i < unit.Run.Pieces.Count && !unit.IsSilent; i++)
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
}

/// <summary>Piece number <see cref="Index"/> of a quote unit.</summary>
internal sealed class UnitPiece
{
    public UnitPiece(QuoteUnit unit, int index)
    {
        Unit = unit;
        Index = index;
    }

    public QuoteUnit Unit { get; }

    public int Index { get; }

    public QuotePiece Piece => Unit.Run.Pieces[Index];
}
