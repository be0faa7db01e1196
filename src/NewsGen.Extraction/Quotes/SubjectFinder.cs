using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Finds who a clause names as its speaker: the subject before a speech verb, the name phrase after one, or the
/// subject of a whole sentence, resolving pronouns and descriptions by role (“the minister”) and preferring people to
/// organizations.
/// </summary>
internal sealed class SubjectFinder
{
    /// <summary>A title phrase between its head and the name it describes (“of the regional water board”) is short.</summary>
    private const int MaximumAppositiveGap = 8;

    /// <summary>
    /// Not among the phrase breaks: subordinators and relative words that come after a comma, which ends the phrase
    /// already (“said Ruiz, although …”, “said Ruiz, whom …”).
    /// </summary>
    private static readonly string[] AfterCommaOnly = ["although", "though", "whereas", "until", "unless", "where", "whom"];

    /// <summary>
    /// Not a phrase break, as the rule has always had it: “by” after a speaker's description names who quoted or
    /// employs them (“said an analyst quoted by the news agency”), and the rule reads that name as the speaker.
    /// </summary>
    private static readonly string[] AgentBy = ["by"];

    /// <summary>The commonest speech verbs, which end a name phrase as a clause does (“said Ruiz, said Lee”).</summary>
    private static readonly string[] CommonSpeechVerbs = ["said", "says"];

    /// <summary>
    /// Words that end a speaker's name phrase after a verb (“said Arbogast in Lisbon”, “said a spokesman for …”, “said Ruiz,
    /// who …”): the subordinators and relative words, but <see cref="AfterCommaOnly"/>; the prepositions, but
    /// <see cref="AgentBy"/>; the coordinators and <see cref="CommonSpeechVerbs"/>.
    /// </summary>
    private static readonly TextRangeMap<string> PhraseBreaks = new HashSet<string>(WordClasses.Subordinators, StringComparer.Ordinal)
        .Plus(WordClasses.RelativeWords)
        .Minus(AfterCommaOnly)
        .Plus(new HashSet<string>(WordClasses.Prepositions, StringComparer.Ordinal).Minus(AgentBy))
        .Plus(WordClasses.Coordinators)
        .Plus(CommonSpeechVerbs)
        .InPlace();

    /// <summary>
    /// Subordinators that open no skipped clause at the start of a sentence, as the rule has always had it: they rarely
    /// open a news sentence, and when one does, the subject is read right after it rather than after its comma.
    /// </summary>
    private static readonly string[] RareOpeners = ["whereas", "until", "unless"];

    /// <summary>
    /// Words of time, reporting and reference that open an adverbial phrase as a preposition does (“Earlier, …”,
    /// “Speaking to reporters, …”, “According to …”, “Following the vote, …”).
    /// </summary>
    private static readonly string[] SceneSetters = ["following", "last", "earlier", "later", "speaking", "asked", "according"];

    /// <summary>
    /// Prepositions that open no skipped phrase at the start of a sentence, as the rule has always had it: “To” there
    /// mostly opens an infinitive of purpose (“To cut costs, the board …”), where the rule reads the first name rather
    /// than the word after the comma, and “Among” a sentence whose subject follows its verb (“Among the guests was …”).
    /// </summary>
    private static readonly string[] NotPhraseOpeners = ["to", "among"];

    /// <summary>Nouns of people named by their post (Data/representative-nouns.txt), looked up in place.</summary>
    private static readonly TextRangeMap<string> RepresentativeNouns = WordLists.RepresentativeNouns.InPlace();

    /// <summary>
    /// Sentence-initial words that start an adverbial clause or phrase; the subject follows its comma: the
    /// subordinators but <see cref="RareOpeners"/>, the prepositions (“In Oslo, …”) but <see cref="NotPhraseOpeners"/>,
    /// and <see cref="SceneSetters"/>.
    /// </summary>
    private static readonly TextRangeMap<string> ClauseOpeners = new HashSet<string>(WordClasses.Subordinators, StringComparer.OrdinalIgnoreCase)
        .Minus(RareOpeners)
        .Plus(new HashSet<string>(WordClasses.Prepositions, StringComparer.OrdinalIgnoreCase).Minus(NotPhraseOpeners))
        .Plus(SceneSetters)
        .InPlace();

    /// <summary>
    /// Not clause openers inside a sentence: there “as” and “since” are mostly a comparison or a preposition (“as well
    /// as”, “such as”, “since May”), and so are “after” and “before” (“after the vote”).
    /// </summary>
    private static readonly string[] PrepositionsInside = ["as", "since", "after", "before"];

    /// <summary>Not a clause opener inside a sentence: “if” there mostly opens what a verb asks (“asked if”, “wondered if”).</summary>
    private static readonly string[] IndirectQuestion = ["if"];

    /// <summary>
    /// Not a clause opener here: “that” after a verb opens what was said or found (“Police said that Ruiz …”), whose
    /// subject the sentence is about.
    /// </summary>
    private static readonly string[] ReportedThat = ["that"];

    /// <summary>
    /// Words that open a clause inside the sentence (“… the stadium, where the Hawks played …”): a name after one is
    /// that clause's subject, not the sentence's. The subordinators and relative words but <see cref="PrepositionsInside"/>,
    /// <see cref="IndirectQuestion"/> and <see cref="ReportedThat"/>; matched in lowercase only, as written inside a sentence.
    /// </summary>
    private static readonly TextRangeMap<string> SubordinateOpeners = new HashSet<string>(WordClasses.Subordinators, StringComparer.Ordinal)
        .Plus(WordClasses.RelativeWords)
        .Minus(PrepositionsInside)
        .Minus(IndirectQuestion)
        .Minus(ReportedThat)
        .InPlace();

    private readonly IReadOnlyList<List<NameMention>> _mentions;
    private readonly PronounResolver _pronouns;
    private readonly RoleDescriptions _roles;

    public SubjectFinder(IReadOnlyList<List<NameMention>> mentions, PronounResolver pronouns, RoleDescriptions roles)
    {
        _mentions = mentions;
        _pronouns = pronouns;
        _roles = roles;
    }

    /// <summary>
    /// The subject right before a speech verb at <paramref name="verb"/>, skipping adverbs, auxiliaries and a
    /// parenthesis (“Rep. Gwen Moore (D-Wis.) said”). After an appositive, a conjunction (“… and said”) or before a
    /// participle or infinitive that no name directly precedes (“…, saying”, “went on to say”), it is the subject of
    /// the sentence.
    /// <paramref name="found"/> is false when nothing precedes the verb in the sentence.
    /// </summary>
    public EntityRef? AdjacentSubject(ParagraphWords paragraph, int from, int verb, bool participle, out bool found)
    {
        var j = verb - 1;
        while (j >= from)
        {
            if (VerbContext.IsModifier(paragraph, j))
            {
                j--;
            }
            else if (paragraph.IsPunctuation(j, ')'))
            {
                while (j >= from && !paragraph.IsPunctuation(j, '('))
                {
                    j--;
                }

                j--;
            }
            else
            {
                break;
            }
        }

        found = j >= from;
        if (!found)
        {
            return participle ? SentenceSubject(paragraph, from, verb) : null;
        }

        if (paragraph.IsPronoun(j, out var pronoun))
        {
            return _pronouns.Resolve(pronoun, paragraph.Position, j, paragraph.SentenceOf(j));
        }

        if (MentionEndingAt(paragraph.Position, j) is { } named)
        {
            return named.Speaker;
        }

        if (participle || paragraph.IsPunctuation(j, ',') || paragraph.IsIn(j, VerbContext.Conjunctions))
        {
            return SentenceSubject(paragraph, from, j);
        }

        var run = j;
        while (run > from && (paragraph.IsWord(run - 1) || paragraph.IsPunctuation(run - 1, '.')) && !paragraph.EndsSentence(run - 1))
        {
            run--;
        }

        return LastSpeaker(paragraph.Position, run, j + 1) ?? _roles.EndingAt(paragraph, run, j);
    }

    /// <summary>The speaker named by a phrase starting at <paramref name="from"/>: a pronoun, or a name before the phrase ends.</summary>
    public EntityRef? PhraseSpeaker(ParagraphWords paragraph, int from, int to)
    {
        if (paragraph.IsPronoun(from, out var pronoun))
        {
            return _pronouns.Resolve(pronoun, paragraph.Position, from, paragraph.SentenceOf(from));
        }

        var end = PhraseEnd(paragraph, from, to);
        if (MentionCovering(paragraph.Position, end) is { } inside && inside.First >= from)
        {
            // A linking word inside a known name ("Securities and Exchange Commission") does not end the phrase.
            end = inside.Last + 1;
        }

        return LastSpeaker(paragraph.Position, from, end) ?? Appositive(paragraph, end, to) ?? _roles.StartingAt(paragraph, from, end);
    }

    /// <summary>
    /// The name set off by a comma after a title phrase without one (“said the Archbishop of Lund, Karin Ek”): the
    /// phrase goes on in plain words up to the comma, and a name follows it.
    /// </summary>
    private EntityRef? Appositive(ParagraphWords paragraph, int end, int to)
    {
        var comma = end;
        while (comma < to && comma < end + MaximumAppositiveGap && (paragraph.IsWord(comma) || paragraph.IsPunctuation(comma, '.')) && !paragraph.EndsSentence(comma))
        {
            comma++;
        }

        return paragraph.IsPunctuation(comma, ',') && MentionStartingAt(paragraph.Position, comma + 1) is { IsPossessive: false } named ? named.Speaker : null;
    }

    /// <summary>Where a name phrase starting at <paramref name="from"/> ends: at a clause break or a linking word.</summary>
    public static int PhraseEnd(ParagraphWords paragraph, int from, int to)
    {
        var end = from;
        while (end < to && !EndsPhrase(paragraph, end))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A subject between a quote and its speech verb: its first comma-separated part holds the name, or, when that
    /// part only has a possessive (“Scott’s niece, Marcia Price, shouted”), the appositive after it; without a name,
    /// a description (“the minister”, “the 27-year-old”).
    /// </summary>
    public EntityRef? SubjectBefore(ParagraphWords paragraph, int from, int verb)
    {
        if (paragraph.IsPronoun(from, out var pronoun))
        {
            return _pronouns.Resolve(pronoun, paragraph.Position, from, paragraph.SentenceOf(from));
        }

        var end = PartEnd(paragraph, from, verb);
        var named = LastSpeaker(paragraph.Position, from, end, allowPossessive: false);
        if (named is null && end < verb)
        {
            named = LastSpeaker(paragraph.Position, end + 1, PartEnd(paragraph, end + 1, verb), allowPossessive: false);
        }

        return named ?? LastSpeaker(paragraph.Position, from, end) ?? _roles.StartingAt(paragraph, from, verb);
    }

    private static int PartEnd(ParagraphWords paragraph, int from, int to)
    {
        var end = from;
        while (end < to && !paragraph.IsPunctuation(end, ',') && !paragraph.IsPunctuation(end, '('))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// The subject of the sentence from <paramref name="from"/>: a leading pronoun, or the first name in subject
    /// position (not after a preposition, followed by a lowercase word or an appositive), after any opening adverbial
    /// phrase, or right after its opener when the range ends inside that phrase; a name inside a clause opened later
    /// in the sentence (after “where”, “who”, “while” …) is not its subject. Officials of an organization opening the
    /// sentence speak for it.
    /// A possessive name (“Quill’s advice …”) counts only when nothing better is found and it opens the sentence.
    /// </summary>
    public EntityRef? SentenceSubject(ParagraphWords paragraph, int from, int to)
    {
        var t = FunctionWords.SkipOpeners(paragraph, from, to);
        if (paragraph.IsIn(t, ClauseOpeners))
        {
            var comma = t;
            while (comma < to && !paragraph.IsPunctuation(comma, ','))
            {
                comma++;
            }

            // Without its comma before the verb, the opening clause holds the verb, and its subject follows the
            // opener (“Though she called it unfair and called for …”).
            t = FunctionWords.SkipOpeners(paragraph, comma < to ? comma + 1 : t + 1, to);
        }

        if (paragraph.IsPronoun(t, out var pronoun))
        {
            return _pronouns.Resolve(pronoun, paragraph.Position, t, paragraph.SentenceOf(t));
        }

        if ((_roles.StartingAt(paragraph, t, to) ?? Represented(paragraph, t, to)) is { } described)
        {
            return described;
        }

        NameMention? possessive = null;
        var mentions = _mentions[paragraph.Position];
        var scanned = t;
        for (var i = FirstMentionFrom(mentions, t); i < mentions.Count && mentions[i].First < to; i++)
        {
            var mention = mentions[i];
            for (; scanned < mention.First; scanned++)
            {
                if (!paragraph.IsQuoted(scanned) && paragraph.IsIn(scanned, SubordinateOpeners))
                {
                    return possessive?.Speaker;
                }
            }

            if (mention.Last >= to || mention.InsideQuote)
            {
                continue;
            }

            if (mention.IsPossessive)
            {
                possessive ??= mention.First == t ? mention : null;
                continue;
            }

            var before = mention.First - 1;
            var after = mention.Last + 1;
            var inSubjectPosition = !paragraph.IsIn(before, FunctionWords.Prepositions)
                && (paragraph.IsLowercaseWord(after) || paragraph.IsPunctuation(after, ',') || paragraph.IsPunctuation(after, '('));
            if (inSubjectPosition)
            {
                return mention.Speaker;
            }
        }

        return possessive?.Speaker;
    }

    /// <summary>
    /// The person a clause opens with at <paramref name="t"/>: a pronoun resolved, or a name that is not a possessive;
    /// <paramref name="last"/> is its last token.
    /// </summary>
    public EntityRef? OpeningPerson(ParagraphWords paragraph, int t, out int last)
    {
        last = t;
        if (paragraph.IsPronoun(t, out var pronoun))
        {
            return _pronouns.Resolve(pronoun, paragraph.Position, t, paragraph.SentenceOf(t));
        }

        var named = MentionStartingAt(paragraph.Position, t);
        if (named is not { IsPerson: true, IsPossessive: false })
        {
            return null;
        }

        last = named.Last;
        return named.Speaker;
    }

    /// <summary>
    /// “Officials at the Harbour Board, a unit of …, said”: people named only by their post, with “at”, “for” or
    /// “from” and an organization after it, speak for that organization.
    /// </summary>
    private EntityRef? Represented(ParagraphWords paragraph, int t, int to)
    {
        var post = paragraph.IsIn(t, FunctionWords.Determiners) ? t + 1 : t;
        if (post + 2 >= to || !paragraph.IsWord(post) || !paragraph.IsIn(post, RepresentativeNouns)
            || !(paragraph.WordIs(post + 1, "at") || paragraph.WordIs(post + 1, "for") || paragraph.WordIs(post + 1, "from")))
        {
            return null;
        }

        var first = paragraph.WordIs(post + 2, "the") ? post + 3 : post + 2;
        return MentionStartingAt(paragraph.Position, first) is { IsPerson: false, IsPossessive: false } organization ? organization.Speaker : null;
    }

    public NameMention? MentionEndingAt(int paragraph, int last)
    {
        var mentions = _mentions[paragraph];
        var i = SortedSearch.FirstAtLeast(mentions, mentions.Count, last, static (list, k) => list[k].Last);
        return i < mentions.Count && mentions[i].Last == last && !mentions[i].IsPossessive ? mentions[i] : null;
    }

    private NameMention? MentionCovering(int paragraph, int token)
    {
        var mentions = _mentions[paragraph];
        var i = SortedSearch.FirstAtLeast(mentions, mentions.Count, token, static (list, k) => list[k].Last);
        return i < mentions.Count && mentions[i].First <= token ? mentions[i] : null;
    }

    private NameMention? MentionStartingAt(int paragraph, int first)
    {
        var mentions = _mentions[paragraph];
        var i = FirstMentionFrom(mentions, first);
        return i < mentions.Count && mentions[i].First == first ? mentions[i] : null;
    }

    /// <summary>The name closest to the end of tokens [from, to): a person if there is one, else an organization.</summary>
    private EntityRef? LastSpeaker(int paragraph, int from, int to, bool allowPossessive = true)
    {
        EntityRef? organization = null;
        var mentions = _mentions[paragraph];
        for (var i = FirstMentionFrom(mentions, to) - 1; i >= 0 && mentions[i].First >= from; i--)
        {
            var mention = mentions[i];
            if (mention.Last >= to || (mention.IsPossessive && !allowPossessive))
            {
                continue;
            }

            if (mention.IsPerson)
            {
                return mention.Speaker;
            }

            organization ??= mention.Speaker;
        }

        return organization;
    }

    /// <summary>The index of the first mention (they are in reading order and do not overlap) that starts at or after <paramref name="token"/>.</summary>
    private static int FirstMentionFrom(List<NameMention> mentions, int token) =>
        SortedSearch.FirstAtLeast(mentions, mentions.Count, token, static (list, k) => list[k].First);

    private static bool EndsPhrase(ParagraphWords paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        return token.Kind switch
        {
            TokenKind.QuoteMark => true,
            TokenKind.Word => paragraph.IsIn(t, PhraseBreaks),
            _ => paragraph.Text[token.Start] switch
            {
                '.' => paragraph.EndsSentence(t),
                ',' or '(' or ';' or ':' or '!' or '?' or '\u2014' or '\u2013' or '\u2015' => true,
                _ => false,
            },
        };
    }
}
