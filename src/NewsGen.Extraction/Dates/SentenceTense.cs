using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Dates;

/// <summary>Whether a clause speaks only of the past, only of the future, or cannot be told.</summary>
internal enum Tense
{
    /// <summary>No marker, or markers that disagree or are neither past nor future ("is", "should").</summary>
    Unknown,

    /// <summary>Past-tense verbs only.</summary>
    Past,

    /// <summary>After "since": before the time of writing however far back, so no nearer occurrence outweighs it.</summary>
    Since,

    /// <summary>Future markers ("will", "is due to", "has scheduled") and no past-tense verb.</summary>
    Future,
}

/// <summary>
/// A coarse tense reading of one sentence from surface markers, used only to break ties in date resolution. The
/// clause around the date decides ("said on Friday | that she will resign" is past for Friday); a clause without
/// any marker takes the reading of its whole sentence. Mixed past and future markers answer
/// <see cref="Tense.Unknown"/>. A past-tense verb does not date what it does not govern: a date after an
/// infinitive ("asked them to appear on …") or used as a modifier ("the 3 May deadline") is only as past as it is
/// near; a limit set by the verb points ahead of it ("extended the offer until …", "had until … to decide", "asked
/// them to reply by …", but not "marched until …" or "it was not until …"); a date after "since" is past whatever the verb.
/// The markers and clause boundaries are found once per sentence, so each date costs a few binary searches.
/// </summary>
internal sealed class SentenceTense
{
    // The markers run over every dated sentence, so they are compiled once they have read enough text
    // (AdaptiveRegex); the two that read a few characters next to a date stay interpreted.
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    // Verbs that put what they govern ahead of the time they are said in ("has scheduled a vote for …"); a past
    // form of one of them is a future marker, not a past one, except "planned to" with a verb, a past intention
    // ("the council planned to reopen the road on Friday"). After "had" (and "had been") a plan is told from a
    // time already gone, mostly because it changed ("the offer had been due to expire on Friday"): past.
    private static readonly string SchedulingVerbs = string.Join("|", EmbeddedData.Lines("scheduling-verbs.txt").Select(Regex.Escape));

    // Articles, demonstratives and possessives: a participle after one is an adjective, a date after one a modifier,
    // and "to" before one no infinitive.
    private static readonly string Determiners = WordClasses.Alternation(WordClasses.Articles, WordClasses.Demonstratives, WordClasses.Possessives);

    // "the leaders meet Monday": an event verb in the simple present is a day ahead, unless it is an infinitive, follows
    // an auxiliary or is a noun after a determiner ("to meet", "did not meet", "the open"). The words before a verb are
    // looked at behind it, once the verb has matched, rather than at every word.
    private static readonly string ScheduledEvent = "(?:" + string.Join("|", EmbeddedData.Lines("scheduled-event-verbs.txt"))
        + @")(?<!\b(?:to|not|" + WordClasses.Alternation(WordClasses.Auxiliaries) + "|" + Determiners + @")\s+\w+)";

    private static readonly AdaptiveRegex FutureMarker = new(
        @"\b(?:will|shall|won['’]t|(?:is|are|was|were|been(?<!\bhad\s+been))\s+(?:due|set|scheduled|expected|going|planning|poised)\s+(?:to|for)|(?:is|are)\s+due|(?:plans?|expects?|hopes?|intends?|aims?)\s+to|(?:is|are)\s+to\s+(?=[a-z])|upcoming|forthcoming|" + ScheduledEvent + @"|(?:"
        + SchedulingVerbs + @")(?<!\bhad\s+(?:been\s+)?\w+))\b(?!(?<=planned)\s+to\s+[a-z])|['’]ll\b",
        Options);

    // Regular past forms end in -ed after anything but e ("insisted", "delivered"), which leaves out "need",
    // "speed", "exceed". A participle after a present or bare form of "be" is passive, not past ("should be
    // allowed", "will be paid"), as is one after a "have" that follows a modal or "to" ("will have closed", "to
    // have sold"); one after a determiner is an adjective ("a designated day", "the armed forces").
    private static readonly AdaptiveRegex PastMarker = new(
        @"\b(?<!\b(?:be|been|being|is|are|am)\s+)(?<!\b(?:will|would|shall|should|can|could|may|might|must|to|['’]ll)\s+have\s+(?:been\s+)?)(?:was|were|had|did|said|told|wrote|met|took|came|went|made|gave|held|saw|began|won|lost|left|sent|spent|paid|brought|thought|felt|found|kept|led|became|ran|rose|fell|grew|spoke|chose|drove|flew|threw|knew|got|sold|stood|struck|sought|fought|bought|caught|taught|wore|drew|ago|(?<!\b(?:" + Determiners + @")\s+)(?:agreed|freed|(?!(?:hundred|kindred|sacred|naked|wicked|beloved|wretched|rugged|ragged)\b)[a-z]{2,}[^e\W]ed))\b",
        Options);

    private static readonly AdaptiveRegex OtherFiniteMarker = new(
        @"\b(?:is|are|am|has|have|does|do|says|can|could|should|would|must|may|might)\b",
        Options);

    private static readonly AdaptiveRegex ClauseBoundary = new(
        @"[,;:()\[\]""“”—–]|\s-\s|\b(?:" + WordClasses.Alternation(WordClasses.RelativeWords) + @"|while|whereas|because|although|though|but|and|when)\b",
        Options);

    // "since 4 May" is before the time of writing; a plan told in the past perfect ("had been due to expire on
    // Friday") was for a day already gone; "until 4 May" says nothing of the side; "to" before a verb
    // starts an infinitive (the word after it is neither a determiner, a pronoun, "be", a name nor a noun that goes
    // without an article, as in "shot to death").
    private static readonly AdaptiveRegex Cue = new(
        @"\b(?:(?<since>[Ss]ince)|(?<plan>had\s+(?:been\s+)?(?:due|set|expected|" + SchedulingVerbs + @")\s+(?:to|for)\b)|(?<!\b(?:not|[Uu]p)\s+)(?<until>[Uu]ntil|till)|(?<infinitive>to)\s+(?!(?:" + Determiners + "|" + WordClasses.Alternation(WordClasses.Pronouns) + @"|be|"
        + string.Join("|", EmbeddedData.Lines("bare-nouns-after-to.txt")) + @")\b)[a-z]{2,}\b)",
        Options | RegexOptions.ExplicitCapture);

    private static readonly AdaptiveRegex LimitVerb = new(
        @"\b(?:" + string.Join("|", EmbeddedData.Lines("limit-verbs.txt")) + @")\b",
        Options);

    private static readonly AdaptiveRegex ModifierAfter = new(
        @"\G\s+(?!(?:" + WordClasses.Alternation(WordClasses.Coordinators, WordClasses.Prepositions, WordClasses.Subordinators, WordClasses.RelativeWords, WordClasses.BeForms, WordClasses.Auxiliaries, WordClasses.Articles) + @")\b)[a-z]{3,}\b",
        Options, compileWhenHot: false);

    private static readonly AdaptiveRegex DeterminerBefore = new(
        @"(?:\b(?:" + Determiners + @")|['’]s)\s+$",
        Options | RegexOptions.IgnoreCase, compileWhenHot: false);

    private readonly string _sentence;
    private readonly Marks _past;
    private readonly Marks _future;
    private readonly Marks _other;
    private readonly Marks _since;
    private readonly Marks _pastPlan;
    private readonly Marks _until;
    private readonly Marks _infinitive;
    private Marks? _limit;
    private readonly Marks _boundaries;
    private readonly Tense? _whole;

    /// <summary>Reads the markers and clause boundaries of <paramref name="sentence"/>.</summary>
    public SentenceTense(string sentence)
    {
        _sentence = sentence;
        _future = Marks.Of(FutureMarker.Matches(sentence));

        // A word inside a future marker ("is" of "is due to", "scheduled") is not read a second time.
        _past = Marks.Of(PastMarker.Matches(sentence), _future);
        _other = Marks.Of(OtherFiniteMarker.Matches(sentence), _future);
        var cues = Cue.Matches(sentence);
        (_since, _pastPlan, _until, _infinitive) = (new Marks(cues.Count), new Marks(cues.Count), new Marks(cues.Count), new Marks(cues.Count));
        foreach (Match cue in cues)
        {
            var marks = cue.Groups["since"].Success ? _since : cue.Groups["plan"].Success ? _pastPlan : cue.Groups["until"].Success ? _until : _infinitive;
            marks.Add(cue.Index, cue.Index + cue.Length);
        }

        _boundaries = Marks.Of(ClauseBoundary.Matches(sentence));
        _whole = Read(0, sentence.Length);
    }

    /// <summary>The tense of the clause that holds the characters from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public Tense At(int start, int end)
    {
        // The clause runs from the end of the last boundary before the date to the first boundary after it.
        var from = _boundaries.LastEndBy(start) ?? 0;
        var to = _boundaries.FirstStartFrom(end) ?? _sentence.Length;
        if (_since.AnyIn(from, start))
        {
            return Tense.Since;
        }

        if (_pastPlan.AnyIn(from, start))
        {
            return Tense.Past;
        }

        var tense = Read(from, to, start) ?? _whole ?? Tense.Unknown;
        if (tense != Tense.Past)
        {
            return tense;
        }

        var verb = _past.LastBefore(start) ?? -1;
        var afterInfinitive = _infinitive.LastBefore(start) is { } infinitive && infinitive >= from && infinitive > verb;
        if (verb >= from && ((_until.LastBefore(start) is { } until && until > verb && Limits.AnyIn(verb, until)) || (afterInfinitive && IsDeadline(start))))
        {
            return Tense.Future;
        }

        var governed = !_until.AnyIn(from, start)
            && !afterInfinitive
            && !IsModifier(start, end)
            && !IsTarget(start, end);
        return governed ? Tense.Past : Tense.Unknown;
    }

    // Read only when a date follows "until" after a past verb, which few sentences have.
    private Marks Limits => _limit ??= Marks.Of(LimitVerb.Matches(_sentence));

    // "asked it to respond by Friday": a limit set for what an infinitive asks is after the asking.
    private bool IsDeadline(int start) => PrecedingWord.Find(_sentence, start) is { Text: "by" or "before" };

    // "called a strike for 14 March": a day after "for" is what was arranged, not when it was; "jailed for
    // Monday's attack" names an event and stays governed.
    private bool IsTarget(int start, int end) =>
        PrecedingWord.Find(_sentence, start) is { Text: "for" } && !(end < _sentence.Length && _sentence[end] is '\'' or '’');

    /// <summary>Whether a noun follows <paramref name="end"/>, making what ends there its modifier ("the 3 May deadline").</summary>
    public static bool NounFollows(string text, int end) => ModifierAfter.IsMatch(text, end);

    // "the 3 May deadline", "a Friday meeting": a determiner before the date and a noun after it.
    private bool IsModifier(int start, int end) =>
        NounFollows(_sentence, end) && DeterminerBefore.IsMatch(_sentence.Substring(System.Math.Max(0, start - 8), System.Math.Min(start, 8)));

    // A clause with past and future markers ("said he will travel on Monday") is read by the nearer of the two
    // before the date, the verb that governs it, unless a marker of the other kind follows the date ("planned
    // for Monday was cancelled"); otherwise it is left open.
    private Tense? Read(int from, int to, int? date = null) =>
        (_past.AnyIn(from, to), _future.AnyIn(from, to), _other.AnyIn(from, to)) switch
        {
            (false, false, false) => null,
            (true, false, false) => Tense.Past,
            (false, true, _) => Tense.Future,
            (true, true, _) when date is { } at => NearerBefore(from, at, to),
            _ => Tense.Unknown,
        };

    private Tense NearerBefore(int from, int date, int to)
    {
        var (past, future) = (_past.LastBefore(date) ?? -1, _future.LastBefore(date) ?? -1);
        if (System.Math.Max(past, future) < from)
        {
            return Tense.Unknown;
        }

        return past > future ? (_future.AnyIn(date, to) ? Tense.Unknown : Tense.Past) : (_past.AnyIn(date, to) ? Tense.Unknown : Tense.Future);
    }

    /// <summary>Non-overlapping matches in text order, searched by position.</summary>
    private sealed class Marks
    {
        private readonly (int Start, int End)[] _spans;
        private int _count;

        /// <summary>Room for <paramref name="capacity"/> matches, added in text order.</summary>
        public Marks(int capacity) => _spans = new (int Start, int End)[capacity];

        /// <summary>The spans of <paramref name="matches"/>, leaving out those that overlap <paramref name="except"/>.</summary>
        public static Marks Of(MatchCollection matches, Marks? except = null)
        {
            var marks = new Marks(matches.Count);
            foreach (Match match in matches)
            {
                if (except is null || !except.Overlaps(match.Index, match.Index + match.Length))
                {
                    marks.Add(match.Index, match.Index + match.Length);
                }
            }

            return marks;
        }

        public void Add(int start, int end) => _spans[_count++] = (start, end);

        /// <summary>Whether a match lies wholly between <paramref name="from"/> and <paramref name="to"/>.</summary>
        public bool AnyIn(int from, int to)
        {
            var first = SortedSearch.FirstAtLeast(_spans, _count, from, static (s, i) => s[i].Start);
            return first < _count && _spans[first].End <= to;
        }

        /// <summary>Whether a match shares a character with <paramref name="from"/>–<paramref name="to"/>.</summary>
        public bool Overlaps(int from, int to)
        {
            var first = SortedSearch.FirstAtLeast(_spans, _count, from + 1, static (s, i) => s[i].End);
            return first < _count && _spans[first].Start < to;
        }

        /// <summary>The start of the last match that ends by <paramref name="position"/>, or null.</summary>
        public int? LastBefore(int position) => LastEndingBy(position) is { } last ? _spans[last].Start : null;

        /// <summary>The end of the last match that ends by <paramref name="position"/>, or null.</summary>
        public int? LastEndBy(int position) => LastEndingBy(position) is { } last ? _spans[last].End : null;

        /// <summary>The start of the first match that starts at or after <paramref name="position"/>, or null.</summary>
        public int? FirstStartFrom(int position)
        {
            var first = SortedSearch.FirstAtLeast(_spans, _count, position, static (s, i) => s[i].Start);
            return first < _count ? _spans[first].Start : null;
        }

        private int? LastEndingBy(int position)
        {
            var after = SortedSearch.FirstAtLeast(_spans, _count, position + 1, static (s, i) => s[i].End);
            return after > 0 ? after - 1 : null;
        }
    }
}
