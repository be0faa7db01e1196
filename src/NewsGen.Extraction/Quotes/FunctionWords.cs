using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>Closed word classes that tell where a name stands in its sentence.</summary>
internal static class FunctionWords
{
    /// <summary>Words that put the name after them in a prepositional phrase rather than in subject position: the prepositions.</summary>
    public static readonly TextRangeMap<string> Prepositions = new HashSet<string>(WordClasses.Prepositions, StringComparer.Ordinal).InPlace();

    /// <summary>
    /// Not a determiner here: “that” before a word mostly opens what was said or a relative clause (“said that calls
    /// …”, “the plan that tweets …”) rather than points at a noun.
    /// </summary>
    private static readonly string[] ClauseThat = ["that"];

    /// <summary>
    /// Words that make the word after them a noun (“her remarks”, “the calls”): the articles, demonstratives and
    /// possessives, but <see cref="ClauseThat"/>.
    /// </summary>
    public static readonly TextRangeMap<string> Determiners = new HashSet<string>(WordClasses.Articles, StringComparer.OrdinalIgnoreCase)
        .Plus(WordClasses.Demonstratives)
        .Plus(WordClasses.Possessives)
        .Minus(ClauseThat)
        .InPlace();

    /// <summary>
    /// Not read as such a clause: a condition (“if Ruiz agrees”, “unless …”) tells of nothing its subject has done, so
    /// its subject neither speaks a quote in it nor sets the scene a description points back to.
    /// </summary>
    private static readonly string[] Conditions = ["if", "unless"];

    /// <summary>
    /// Not read as such a clause: “after” and “before” order two events, so the rest of the sentence is about someone
    /// else as often as not (“After Ruiz asked about “…”, Lee said”); they are prepositions as often (“after the vote”).
    /// </summary>
    private static readonly string[] TimeOrder = ["after", "before"];

    /// <summary>
    /// Words that open a clause with a subject of its own whose subject the rules read (“as she spoke about …”,
    /// “When Ruiz arrived, …”): the subordinators but <see cref="Conditions"/> and <see cref="TimeOrder"/>.
    /// </summary>
    public static readonly TextRangeMap<string> ClauseSubordinators = new HashSet<string>(WordClasses.Subordinators, StringComparer.OrdinalIgnoreCase)
        .Minus(Conditions)
        .Minus(TimeOrder)
        .InPlace();

    /// <summary>Adverbs that link a sentence to the one before (“Meanwhile, …”, “Still, …”) and stand before its subject.</summary>
    private static readonly string[] LinkingAdverbs = ["still", "meanwhile", "however", "then", "now", "also", "instead"];

    /// <summary>Sentence openers skipped when looking for a sentence's subject: the coordinators and <see cref="LinkingAdverbs"/>.</summary>
    public static readonly TextRangeMap<string> Openers = new HashSet<string>(WordClasses.Coordinators, StringComparer.OrdinalIgnoreCase)
        .Plus(LinkingAdverbs)
        .InPlace();

    /// <summary>
    /// The first token of the sentence from <paramref name="t"/> past a run-in head (“TALKS STALL AGAIN — …”), openers,
    /// commas and quoted words.
    /// </summary>
    public static int SkipOpeners(ParagraphWords paragraph, int t, int to)
    {
        t = SkipRunInHead(paragraph, t, to);
        while (t < to && (!paragraph.IsWord(t) || paragraph.IsQuoted(t) || paragraph.IsIn(t, Openers)))
        {
            t++;
        }

        return t;
    }

    /// <summary>
    /// Past a head of two or more words in capitals and the dash after it, which some papers run into the first
    /// sentence of a paragraph: the sentence proper starts after the dash.
    /// </summary>
    private static int SkipRunInHead(ParagraphWords paragraph, int t, int to)
    {
        var words = 0;
        var k = t;
        while (k < to && paragraph.IsWord(k) && paragraph.Tokens[k].Has(TokenFlags.AllCaps))
        {
            words++;
            k++;
        }

        return words >= 2 && k + 1 < to && VerbContext.IsDash(paragraph, k) ? k + 1 : t;
    }
}
