using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Text;

/// <summary>
/// The word and mark classes every stage reads text with, one list each, loaded once per process: abbreviations
/// (<c>Data/period-abbreviations.txt</c>), verbs of saying (<c>Data/speech-verbs.txt</c>), month and weekday names
/// (<c>Data/month-names.txt</c>, <c>Data/weekday-names.txt</c>), nouns of works (<c>Data/work-nouns.txt</c>), quotation
/// marks and closing marks.
/// </summary>
internal static class Lexicon
{
    /// <summary>The lines of <c>Data/month-names.txt</c>: a month's name and its abbreviations, in calendar order.</summary>
    private static readonly IReadOnlyList<string[]> MonthLines = EmbeddedData.WordsByLine("month-names.txt");

    /// <summary>The lines of <c>Data/weekday-names.txt</c>: a weekday's name and its abbreviations, from Monday.</summary>
    private static readonly IReadOnlyList<string[]> WeekdayLines = EmbeddedData.WordsByLine("weekday-names.txt");

    /// <summary>“January” to “December”, in calendar order.</summary>
    public static IReadOnlyList<string> MonthNames { get; } = Names(MonthLines);

    /// <summary>The months' abbreviations (“Jan”, “Sept”, “Sep”), in calendar order, the longer of a month's first.</summary>
    public static IReadOnlyList<string> MonthAbbreviations { get; } = ShortForms(MonthLines);

    /// <summary>“Monday” to “Sunday”.</summary>
    public static IReadOnlyList<string> WeekdayNames { get; } = Names(WeekdayLines);

    /// <summary>Abbreviations, looked up in place rather than cut out of the text at every period.</summary>
    private static readonly TextRangeMap<string> Abbreviations = AbbreviationForms();

    /// <summary>The forms of <c>Data/speech-verbs.txt</c> by their marks.</summary>
    private static readonly SpeechVerbForms VerbForms = ReadVerbs();

    /// <summary>Forms of speech verbs that are only verbs (lowercase).</summary>
    public static HashSet<string> SpeechVerbs { get; } = VerbForms.VerbsOnly;

    /// <summary>Forms of speech verbs that are also common nouns (“tweets”, “calls”), marked * in the list.</summary>
    public static HashSet<string> AmbiguousSpeechVerbs { get; } = VerbForms.AlsoNouns;

    /// <summary>Forms that only report speech (“said”, “told”), marked + in the list: next to a lone capitalized word they make it a person.</summary>
    public static HashSet<string> SpeakerCueVerbs { get; } = VerbForms.Cues;

    /// <summary>The lines of <c>Data/work-nouns.txt</c>: a noun of works, with <c>*</c> after one that is also a verb with an object.</summary>
    private static readonly IReadOnlyList<string> WorkNounLines = EmbeddedData.Lines("work-nouns.txt");

    /// <summary>Nouns of works (“film”, “album”, “play”), any case.</summary>
    public static HashSet<string> WorkNouns { get; } = WorkNounsOf(alsoVerbs: true);

    /// <summary>
    /// The nouns of works that are never verbs (“drama”, not “play”), any case, looked up in place: capitalized words
    /// right after one are a title.
    /// </summary>
    public static TextRangeMap<string> WorkNounsOnly { get; } = WorkNounsOf(alsoVerbs: false).InPlace();

    /// <summary>
    /// Forms whose object is the one spoken to or of (“told reporters”, “praised Ostrova”), marked ^ in the list: a
    /// name after one is no inverted subject.
    /// </summary>
    public static TextRangeMap<string> SpeechVerbsTakingHearer { get; } = VerbForms.TakeHearer;

    /// <summary>
    /// Whether the word <c>text[start..start+length)</c> is, in any case, a form of <c>Data/speech-verbs.txt</c> (of
    /// any mark). Answered in place: most words asked whether they are speech verbs are none, and need not be cut out.
    /// </summary>
    public static bool IsSpeechVerbForm(string text, int start, int length) => VerbForms.AnyCase.TryGetValue(text, start, length, out _);

    /// <summary>
    /// Whether the word <c>text[start..start+length)</c> is an abbreviation whose period ends no sentence: as listed,
    /// capitalized (a listed lowercase form opening a sentence) or in capitals (a headline). A listed capitalized
    /// form is not matched in lowercase: "Sat." is a weekday, "sat." a verb.
    /// </summary>
    public static bool IsAbbreviation(string text, int start, int length) => length > 0 && Abbreviations.TryGetValue(text, start, length, out _);

    /// <summary>The same test for a whole word.</summary>
    public static bool IsAbbreviation(string word) => IsAbbreviation(word, 0, word.Length);

    /// <summary>Double quotation marks of any style: straight, curly, low-9 and guillemets.</summary>
    public static bool IsDoubleQuoteMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    /// <summary>Closing quotation marks (double or single) and closing brackets, which may follow the end of a sentence.</summary>
    public static bool IsClosingMark(char c) => c is '"' or '\'' or '\u2019' or '\u201D' or '\u00BB' or '\u203A' or ')' or ']';

    /// <summary>A set: each form maps to itself (a reference value shares the map's code with the other maps).</summary>
    private static TextRangeMap<string> AbbreviationForms()
    {
        var forms = new TextRangeMap<string>();
        var entries = new List<string>(EmbeddedData.Lines("period-abbreviations.txt"));
        entries.AddRange(MonthAbbreviations);
        entries.AddRange(ShortForms(WeekdayLines));
        foreach (var entry in entries)
        {
            var capitalized = char.ToUpperInvariant(entry[0]) + entry.Substring(1);
            foreach (var form in new[] { entry, capitalized, entry.ToUpperInvariant() })
            {
                forms.Set(form, form);
            }
        }

        return forms;
    }

    private static HashSet<string> WorkNounsOf(bool alsoVerbs)
    {
        var nouns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in WorkNounLines)
        {
            var noun = line.TrimEnd('*');
            if (alsoVerbs || noun.Length == line.Length)
            {
                nouns.Add(noun);
            }
        }

        return nouns;
    }

    /// <summary>The first word of each line: the name.</summary>
    private static IReadOnlyList<string> Names(IReadOnlyList<string[]> lines)
    {
        var names = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            names.Add(line[0]);
        }

        return names;
    }

    /// <summary>The words after the first of each line: the abbreviations, in the order written.</summary>
    private static IReadOnlyList<string> ShortForms(IReadOnlyList<string[]> lines)
    {
        var abbreviations = new List<string>();
        foreach (var line in lines)
        {
            for (var i = 1; i < line.Length; i++)
            {
                abbreviations.Add(line[i]);
            }
        }

        return abbreviations;
    }

    // Straight into the sets, without a list of tuples and a filter per set: a list over a value type is JIT-compiled
    // anew in every fresh compiler process.
    private static SpeechVerbForms ReadVerbs()
    {
        var forms = new SpeechVerbForms();
        foreach (var line in EmbeddedData.WordsByLine("speech-verbs.txt"))
        {
            foreach (var word in line)
            {
                var form = word.TrimEnd('*', '+', '^');
                var marks = word.Substring(form.Length);
                (marks.IndexOf('*') >= 0 ? forms.AlsoNouns : forms.VerbsOnly).Add(form);
                forms.AnyCase.Set(form, form);
                if (marks.IndexOf('+') >= 0)
                {
                    forms.Cues.Add(form);
                }

                if (marks.IndexOf('^') >= 0)
                {
                    forms.TakeHearer.Set(form, form);
                }
            }
        }

        return forms;
    }

    private sealed class SpeechVerbForms
    {
        public HashSet<string> VerbsOnly { get; } = new(StringComparer.Ordinal);

        public HashSet<string> AlsoNouns { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Cues { get; } = new(StringComparer.Ordinal);

        public TextRangeMap<string> TakeHearer { get; } = new(ignoreCase: true);

        /// <summary>Every form, matched in any case; a set, each form mapped to itself.</summary>
        public TextRangeMap<string> AnyCase { get; } = new(ignoreCase: true);
    }
}
