using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Lexicon;

/// <summary>The word lists of Data/entities and Data/gazetteer, loaded once on first use.</summary>
internal static class WordLists
{
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    // Kept: a separator written at the call is an array made at every call.
    private static readonly char[] Hyphen = ['-'];

    /// <summary>The lines of Data/entities/honorifics.txt: a title and, for some, the gender it tells.</summary>
    private static readonly IReadOnlyList<string[]> HonorificEntries = EmbeddedData.WordsByLine("entities/honorifics.txt");

    /// <summary>The lines of Data/entities/person-titles.txt: a title and, for some, the gender it tells.</summary>
    private static readonly IReadOnlyList<string[]> TitleEntries = EmbeddedData.WordsByLine("entities/person-titles.txt");

    /// <summary>Mr, Dr, Gen, Sen … (without period).</summary>
    public static HashSet<string> Honorifics { get; } = Words(HonorificEntries);

    /// <summary>president, minister, spokesman … (any case).</summary>
    public static HashSet<string> PersonTitles { get; } = Words(TitleEntries);

    /// <summary>Honorifics and titles marked male, capitalized as written before a name (“Mr”, “Sir”, “King”).</summary>
    public static HashSet<string> MaleTitles { get; } = Marked("male");

    /// <summary>Honorifics and titles marked female, capitalized as written before a name (“Mrs”, “Dame”, “Queen”).</summary>
    public static HashSet<string> FemaleTitles { get; } = Marked("female");

    /// <summary>former, deputy, foreign … words that may stand in a role phrase.</summary>
    public static HashSet<string> RoleModifiers { get; } = EmbeddedData.Set("entities/role-modifiers.txt", IgnoreCase);

    /// <summary>van, de, bin … lowercase words inside names.</summary>
    public static HashSet<string> NameParticles { get; } = EmbeddedData.Set("entities/name-particles.txt", StringComparer.Ordinal);

    /// <summary>Months, their short forms and weekdays (Text/Lexicon), and holidays named by one word.</summary>
    public static HashSet<string> CalendarWords { get; } = CalendarWordsOf();

    /// <summary>
    /// Capitalized words that never belong to a name: the function words, subordinators and verb adverbs of
    /// <see cref="WordClasses"/> as they stand at a sentence start, and the sentence adverbs, quantifiers and web
    /// furniture of Data/entities/stop-words.txt.
    /// </summary>
    public static HashSet<string> StopWords { get; } = StopWordsOf();

    /// <summary>"a", "an", "the" (Data/articles.txt), any case, looked up in place.</summary>
    public static TextRangeMap<string> Articles { get; } = new HashSet<string>(WordClasses.Articles, IgnoreCase).InPlace();

    /// <summary>
    /// "Of", "And", "The", "His", "Is": articles, demonstratives, possessives, coordinators, prepositions and forms of
    /// "be", any case, looked up in place. A title capitalizes them ("The Rise And Fall Of ..."); a name never holds one.
    /// </summary>
    public static TextRangeMap<string> TitleCaseFunctionWords { get; } = new HashSet<string>(WordClasses.Articles, IgnoreCase)
        .Plus(WordClasses.Demonstratives).Plus(WordClasses.Possessives).Plus(WordClasses.Coordinators).Plus(WordClasses.Prepositions)
        .Plus(WordClasses.BeForms).InPlace();

    /// <summary>Frequent English dictionary words (lowercase).</summary>
    public static HashSet<string> CommonWords { get; } = EmbeddedData.Set("gazetteer/common-words.txt", IgnoreCase);

    /// <summary>Common given names (Data/gazetteer/given-names.txt), as written.</summary>
    public static HashSet<string> GivenNames { get; } = EmbeddedData.Set("gazetteer/given-names.txt", StringComparer.Ordinal);

    /// <summary>Union, Ministry, Times … last words of organization names.</summary>
    public static HashSet<string> OrganizationHeads { get; } = EmbeddedData.Set("entities/org-heads.txt", StringComparer.Ordinal);

    /// <summary>Treaty, Summit, Street … last words of names of things that are neither people nor organizations.</summary>
    public static HashSet<string> ThingHeads { get; } = EmbeddedData.Set("entities/thing-heads.txt", StringComparer.Ordinal);

    /// <summary>Times, Post … publication head words that alone, after "the", repeat a name given in full.</summary>
    public static HashSet<string> PublicationHeads { get; } = EmbeddedData.Set("entities/publication-heads.txt", StringComparer.Ordinal);

    /// <summary>campaign, administration … nouns that make the name before them an organization.</summary>
    public static HashSet<string> AffiliationNouns { get; } = EmbeddedData.Set("entities/affiliation-nouns.txt", StringComparer.Ordinal);

    /// <summary>newspaper, agency, television … nouns that describe a publication.</summary>
    public static HashSet<string> MediaNouns { get; } = EmbeddedData.Set("entities/media-nouns.txt", IgnoreCase);

    /// <summary>one, two … twenty (Data/number-words.txt, any case).</summary>
    public static HashSet<string> NumberWords { get; } = EmbeddedData.Set("number-words.txt", IgnoreCase);

    /// <summary>Nouns for people who speak for an organization by their post (“officials”, “a spokeswoman”).</summary>
    public static HashSet<string> RepresentativeNouns { get; } = EmbeddedData.Set("representative-nouns.txt", IgnoreCase);

    /// <summary>CEO, GDP, TV … all-caps words that are not organizations.</summary>
    public static HashSet<string> AcronymExceptions { get; } = EmbeddedData.Set("entities/acronym-exceptions.txt", StringComparer.Ordinal);

    private static HashSet<string> StopWordsOf()
    {
        var words = EmbeddedData.Set("entities/stop-words.txt", StringComparer.Ordinal);
        // Subordinators and verb adverbs open a sentence as often as the function words do.
        foreach (var wordClass in new[] { WordClasses.FunctionWords, WordClasses.Subordinators, WordClasses.VerbAdverbs })
        {
            foreach (var word in wordClass)
            {
                words.Add(char.ToUpperInvariant(word[0]) + word.Substring(1));
            }
        }

        // A surname and a month before an auxiliary ("Edith May"); an adjective inside names ("Further Education")
        // before an adverb.
        words.Remove("May");
        words.Remove("Further");
        return words;
    }

    private static HashSet<string> CalendarWordsOf()
    {
        var words = EmbeddedData.Set("entities/calendar-words.txt", StringComparer.Ordinal);
        words.UnionWith(Extraction.Text.Lexicon.MonthNames);
        words.UnionWith(Extraction.Text.Lexicon.MonthAbbreviations);
        words.UnionWith(Extraction.Text.Lexicon.WeekdayNames);
        return words;
    }

    private static HashSet<string> Words(IReadOnlyList<string[]> entries)
    {
        var words = new HashSet<string>(IgnoreCase);
        foreach (var entry in entries)
        {
            words.Add(entry[0]);
        }

        return words;
    }

    /// <summary>The titles of both lists whose gender mark is <paramref name="gender"/>, capitalized, matched as written.</summary>
    private static HashSet<string> Marked(string gender)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entries in new[] { HonorificEntries, TitleEntries })
        {
            foreach (var entry in entries)
            {
                if (entry.Length > 1 && entry[1] == gender)
                {
                    titles.Add(char.ToUpperInvariant(entry[0][0]) + entry[0].Substring(1));
                }
            }
        }

        return titles;
    }

    /// <summary>"II", "III", "IV": the roman numeral of a generation written after a name, read in place as <c>text[start..start+length)</c>.</summary>
    public static bool IsGenerationSuffix(string text, int start, int length)
    {
        if (length < 2 || length > 4)
        {
            return false;
        }

        for (var i = start; i < start + length; i++)
        {
            if (text[i] is not ('I' or 'V' or 'X'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A title or role word, in any case, singular or plural ("President", "Senators", "Commander-in-Chief").</summary>
    public static bool IsTitle(string word) => IsTitle(word, WordTable.Of(word));

    /// <summary>The same test for a word whose <see cref="WordTable"/> classes are known.</summary>
    public static bool IsTitle(string word, WordClass classes) => IsTitle(word, 0, word.Length, classes);

    /// <summary>The same test for the word <c>text[start..start+length)</c>, read in place: most words asked about are no title.</summary>
    public static bool IsTitle(string text, int start, int length, WordClass classes)
    {
        if ((classes & WordClass.PersonTitle) != 0 || (length > 3 && text[start + length - 1] == 's' && (classes & WordClass.PersonTitlePlural) != 0))
        {
            return true;
        }

        if (text.IndexOf('-', start, length) < 0)
        {
            return false;
        }

        foreach (var part in text.Substring(start, length).Split(Hyphen))
        {
            if (PersonTitles.Contains(part))
            {
                return true;
            }
        }

        return false;
    }
}
