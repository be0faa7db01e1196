using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>What the words around a speech verb say about it: whether it is passive, negated, a participle, in a relative clause.</summary>
internal static class VerbContext
{
    /// <summary>Adverbs that stand between a subject and its verb besides those in -ly (“Lindgren also said”): the verb adverbs.</summary>
    public static readonly TextRangeMap<string> Adverbs = new HashSet<string>(WordClasses.VerbAdverbs, StringComparer.Ordinal).InPlace();

    /// <summary>The negation, which stands between an auxiliary and its verb (“did not say”).</summary>
    private static readonly string[] Negation = ["not"];

    /// <summary>
    /// Not skipped between a subject and its speech verb, as the rule has always had it: “been” and “being” make the
    /// verb a passive (“has been described as”, “is being called”), whose subject is not who speaks.
    /// </summary>
    private static readonly string[] PassiveOnly = ["been", "being"];

    /// <summary>
    /// Words between a subject and its speech verb (“Lindgren also said”, “Arbogast has repeatedly said”): the verb adverbs,
    /// the forms of “be” but <see cref="PassiveOnly"/>, the other auxiliaries and <see cref="Negation"/>.
    /// </summary>
    public static readonly TextRangeMap<string> VerbModifiers = new HashSet<string>(WordClasses.VerbAdverbs, StringComparer.Ordinal)
        .Plus(WordClasses.BeForms)
        .Minus(PassiveOnly)
        .Plus(WordClasses.Auxiliaries)
        .Plus(Negation)
        .InPlace();

    /// <summary>Words that put a second action after the first (“X stressed … then said”).</summary>
    private static readonly string[] Sequence = ["then", "before", "after"];

    /// <summary>
    /// A speech verb after one of these shares the subject of the verb before it (“X stressed … and said”): the
    /// coordinators and <see cref="Sequence"/>.
    /// </summary>
    public static readonly TextRangeMap<string> Conjunctions = new HashSet<string>(WordClasses.Coordinators, StringComparer.Ordinal).Plus(Sequence).InPlace();

    /// <summary>
    /// Not read as going on after a quote, as the rule has always had it: words rare right after a quotation (“whereas”,
    /// “whom”, “whose”, “nor”), where a speech verb that follows may attribute it.
    /// </summary>
    private static readonly string[] RareAfterQuote = ["whereas", "whom", "whose", "nor"];

    /// <summary>
    /// A clause after a quote that starts with one of these continues the sentence; it does not attribute the quote:
    /// the subordinators, relative words and coordinators (“…,” and Ruiz said nothing more), but <see cref="RareAfterQuote"/>.
    /// </summary>
    public static readonly TextRangeMap<string> Subordinators = new HashSet<string>(WordClasses.Subordinators, StringComparer.OrdinalIgnoreCase)
        .Plus(WordClasses.RelativeWords)
        .Plus(WordClasses.Coordinators)
        .Minus(RareAfterQuote)
        .InPlace();

    /// <summary>
    /// Not the subject of a speech verb: “whom” is an object, and “whose” and “where” are followed by a subject of
    /// their own (“whose leader said”, “where she said”).
    /// </summary>
    private static readonly string[] NoSubject = ["whom", "whose", "where"];

    /// <summary>Relative words that stand as a speech verb's subject: the relative words but <see cref="NoSubject"/>.</summary>
    private static readonly TextRangeMap<string> RelativePronouns = new HashSet<string>(WordClasses.RelativeWords, StringComparer.Ordinal)
        .Minus(NoSubject)
        .InPlace();

    /// <summary>Auxiliaries of the passive (“was told”, “is said to”): the forms of “be”.</summary>
    private static readonly TextRangeMap<string> PassiveAuxiliaries = new HashSet<string>(WordClasses.BeForms, StringComparer.Ordinal).InPlace();

    /// <summary>“anybody who complains …”: a speech verb whose subject is a relative pronoun belongs to a relative clause.</summary>
    public static bool InRelativeClause(ParagraphWords paragraph, int from, int verb)
    {
        var j = verb - 1;
        while (j >= from && IsModifier(paragraph, j))
        {
            j--;
        }

        return paragraph.IsIn(j, RelativePronouns);
    }

    /// <summary>“He didn't suggest …”, “did not say”: nobody speaks.</summary>
    public static bool IsNegated(ParagraphWords paragraph, int verb)
    {
        var j = verb - 1;
        while (IsAdverb(paragraph, j))
        {
            j--;
        }

        return paragraph.WordIs(j, "not") || paragraph.WordIs(j, "never")
            || (paragraph.IsWord(j) && (paragraph.EndsWith(j, "n't", StringComparison.OrdinalIgnoreCase) || paragraph.EndsWith(j, "n\u2019t", StringComparison.OrdinalIgnoreCase)));
    }

    public static bool IsAccordingTo(ParagraphWords paragraph, int t) =>
        paragraph.WordIs(t, "according") && paragraph.WordIs(t + 1, "to");

    /// <summary>“he was formally called”, “is said to”: a passive speech verb, whose subject is not who speaks.</summary>
    public static bool AfterPassiveAuxiliary(ParagraphWords paragraph, int verb)
    {
        for (var j = verb - 1; paragraph.IsWord(j); j--)
        {
            if (paragraph.IsIn(j, PassiveAuxiliaries))
            {
                return paragraph.EndsWith(verb, "ed");
            }

            if (!IsModifier(paragraph, j))
            {
                break;
            }
        }

        return false;
    }

    /// <summary>“was written by X”: the speaker is the agent after “by”.</summary>
    public static bool IsPassive(ParagraphWords paragraph, int verb) =>
        paragraph.IsIn(verb - 1, PassiveAuxiliaries) && paragraph.WordIs(verb + 1, "by");

    public static bool IsDash(ParagraphWords paragraph, int t) =>
        paragraph.IsPunctuation(t, '\u2015') || paragraph.IsPunctuation(t, '\u2014') || paragraph.IsPunctuation(t, '\u2013');

    public static bool IsParticiple(ParagraphWords paragraph, int verb) => paragraph.EndsWith(verb, "ing");

    /// <summary>Whether token <paramref name="t"/> is a lowercase word in <c>-ly</c> of five letters or more, read in place.</summary>
    public static bool IsAdverb(ParagraphWords paragraph, int t) =>
        paragraph.IsLowercaseWord(t) && paragraph.Tokens[t].WrittenLength > 4 && paragraph.EndsWith(t, "ly");

    /// <summary>Whether token <paramref name="t"/> is a word that may stand between a subject and its verb: an adverb or a verb modifier.</summary>
    public static bool IsModifier(ParagraphWords paragraph, int t) =>
        IsAdverb(paragraph, t) || paragraph.IsIn(t, VerbModifiers);
}
