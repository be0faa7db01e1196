using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>What a run of text between quotation marks is.</summary>
internal enum QuotedKind
{
    /// <summary>A direct quotation.</summary>
    Quotation,

    /// <summary>One or two words: a scare quote, a term, or an utterance too short to report.</summary>
    ScareQuote,

    /// <summary>The name of a work, publication or programme.</summary>
    Title,
}

/// <summary>
/// Text between quotation marks that is not a quotation: scare quotes of one or two words, and names of works,
/// publications and programmes (“Le Vigilant”, “Meet the Voters”), which are written in title case.
/// </summary>
internal static class NonQuoteRules
{
    /// <summary>Quoted runs shorter than this many words are scare quotes or terms, not quotations.</summary>
    public const int MinimumWords = 3;

    /// <summary>Longer title-case runs read as slogans or headlines rather than names of works.</summary>
    private const int MaximumTitleWords = 8;

    /// <summary>Words that stay lowercase in a title besides the classes: “as” (“Life as a Spy”) and “vs”.</summary>
    private static readonly string[] TitleConnectives = ["as", "vs"];

    /// <summary>
    /// Words that stay lowercase inside a title: the articles, coordinators and prepositions, the particles that stay
    /// lowercase inside names (“Journal du Soir”, Data/entities/name-particles.txt), and <see cref="TitleConnectives"/>.
    /// </summary>
    private static readonly TextRangeMap<string> TitleMinorWords = new HashSet<string>(WordClasses.Articles, StringComparer.Ordinal)
        .Plus(WordClasses.Coordinators)
        .Plus(WordClasses.Prepositions)
        .Plus(WordLists.NameParticles)
        .Plus(TitleConnectives)
        .InPlace();

    /// <summary>Participles a title follows (Data/title-verbs.txt).</summary>
    private static readonly HashSet<string> TitleVerbs = EmbeddedData.Set("title-verbs.txt", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// What <paramref name="run"/> is: a title when the words before its first piece announce one (“a report
    /// titled”, “his column, “…,””), else as its content reads. The content is read as the tokens of its paragraphs
    /// (<paramref name="wordsOf"/> by paragraph position) between each piece's marks, which a quotation mark always
    /// separates from the words around it.
    /// </summary>
    public static QuotedKind Classify(QuotedRun run, Func<int, ParagraphWords> wordsOf)
    {
        if (IsNamedWork(wordsOf(run.Pieces[0].Paragraph).Text, run.Pieces[0]))
        {
            return QuotedKind.Title;
        }

        var words = 0;
        for (var i = 0; i < run.Pieces.Count; i++)
        {
            var piece = run.Pieces[i];
            var paragraph = wordsOf(piece.Paragraph);
            for (int t = FirstToken(paragraph, piece, out var end); t < end; t++)
            {
                words += paragraph.Tokens[t].IsWord ? 1 : 0;
            }
        }

        if (words <= MaximumTitleWords && IsTitle(run, wordsOf))
        {
            return QuotedKind.Title;
        }

        return words >= MinimumWords ? QuotedKind.Quotation : QuotedKind.ScareQuote;
    }

    /// <summary>The tokens of <paramref name="piece"/>'s content: from the one returned to <paramref name="end"/>.</summary>
    private static int FirstToken(ParagraphWords paragraph, QuotePiece piece, out int end)
    {
        var first = paragraph.TokenAt(piece.ContentStart);
        end = first;
        while (end < paragraph.Tokens.Length && paragraph.Tokens[end].Start < piece.ContentEnd)
        {
            end++;
        }

        return first;
    }

    private static bool IsTitle(QuotedRun run, Func<int, ParagraphWords> wordsOf)
    {
        var first = true;
        var sentenceEnded = false;
        for (var i = 0; i < run.Pieces.Count; i++)
        {
            var piece = run.Pieces[i];
            var paragraph = wordsOf(piece.Paragraph);
            for (int t = FirstToken(paragraph, piece, out var end); t < end; t++)
            {
                var token = paragraph.Tokens[t];
                if (!token.IsWord)
                {
                    sentenceEnded |= token.Kind == TokenKind.Punctuation && IsSentenceBreak(paragraph.FirstChar(t));
                    continue;
                }

                if (sentenceEnded)
                {
                    return false;
                }

                var capitalized = char.IsUpper(paragraph.FirstChar(t)) || char.IsDigit(paragraph.FirstChar(t));
                if (!capitalized && (first || !paragraph.IsIn(t, TitleMinorWords)))
                {
                    return false;
                }

                first = false;
            }
        }

        return true;
    }

    /// <summary>
    /// A title participle right before the quote (entitled “…”), or a noun of a work and a comma before it with a
    /// comma closing it (the documentary, “…,” opens), so the quote is an appositive that names the work.
    /// </summary>
    private static bool IsNamedWork(string paragraph, QuotePiece piece)
    {
        var end = piece.OpenMark;
        while (end > 0 && paragraph[end - 1] == ' ')
        {
            end--;
        }

        var comma = end > 0 && paragraph[end - 1] == ',';
        var wordEnd = comma ? end - 1 : end;
        var start = wordEnd;
        while (start > 0 && (char.IsLetter(paragraph[start - 1]) || paragraph[start - 1] == '-'))
        {
            start--;
        }

        var word = paragraph.Substring(start, wordEnd - start);
        if (!comma)
        {
            return TitleVerbs.Contains(word);
        }

        return Lexicon.WorkNouns.Contains(word) && (paragraph[piece.ContentEnd - 1] == ',' || (piece.CloseMark >= 0 && piece.CloseMark + 1 < paragraph.Length && paragraph[piece.CloseMark + 1] == ','));
    }

    /// <summary>A title may end with a period or question mark, but never has a second sentence or clause after one.</summary>
    private static bool IsSentenceBreak(char c) => c is '.' or '?' or '!' or ';';
}
