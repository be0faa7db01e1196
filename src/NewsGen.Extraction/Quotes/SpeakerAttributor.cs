using System;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Finds the speaker of one quotation from the reporter's words around it, in the same sentence: a speech verb
/// after the quote with its subject or inverted subject (“…,” Okafor noted / “…,” added Ostrova), “according to X”, “as X put it”,
/// a speech verb before it with its subject (X said that “…”, X called Lisbon “…”), a passive agent (was written by X,
/// was described as “…” by X), the speaker of a subordinate clause it stands in (as X went on about “…,”), a label
/// (X: “…”), a dash credit (“…” ― X); for a fragment inside a sentence without any of these, the sentence's subject;
/// for a quote standing as a sentence of its own, the speaker of the sentence before it.
/// </summary>
internal sealed class SpeakerAttributor
{
    /// <summary>A subject after a quote, appositives included, is never longer than this.</summary>
    private const int MaximumSubjectTokens = 30;

    /// <summary>
    /// Words before a quote are read back to the start of its sentence, but no further than this: a cue sits close to
    /// its quote, and text without sentence ends (a paragraph of quotes ending in commas) would otherwise have every
    /// quote read the whole paragraph again.
    /// </summary>
    private const int MaximumLookback = 80;

    /// <summary>Who is quoted in "X quoted … as saying" is named within this many tokens ("quoted Skylark Air chief executive Ann Lee as saying").</summary>
    private const int MaximumQuotedPhrase = 12;

    private readonly SubjectFinder _subjects;

    public SpeakerAttributor(SubjectFinder subjects) => _subjects = subjects;

    /// <summary>
    /// The attribution of the quotation between tokens <paramref name="open"/> and <paramref name="close"/> (-1 when
    /// it runs on). Words after it count up to <paramref name="nextOpen"/>, the next quotation; words before it count
    /// from the start of its sentence, past earlier quotations (“X said that … “A”, and that … “B””), whose own words
    /// are skipped. <paramref name="lastCharacter"/> is the last character inside the marks. A quote that stands as
    /// its own sentence without a cue takes the speaker of the last speech verb since <paramref name="previousClose"/>,
    /// the previous quotation, or of the last sentence of <paramref name="previousParagraph"/> (two when it ends in a
    /// colon) when it opens its paragraph (Sorensen recalled the talks. “We had a very productive partnership.”).
    /// </summary>
    public Attribution Attribute(
        ParagraphWords paragraph, int open, int close, int previousClose, int nextOpen, char lastCharacter, ParagraphWords? previousParagraph)
    {
        var beforeStart = paragraph.SentenceStart(Math.Max(0, open - MaximumLookback), open);
        if (close >= 0 && VerbContext.IsDash(paragraph, close + 1) && DashCredit(paragraph, close + 2, nextOpen) is { HasCue: true } credit)
        {
            return credit;
        }

        if (close >= 0 && PassiveAgentAfter(paragraph, beforeStart, open, close, nextOpen) is { } agent)
        {
            return agent;
        }

        if (close >= 0 && SubordinateSpeaker(paragraph, beforeStart, open) is { } clause)
        {
            return clause;
        }

        if (close >= 0 && lastCharacter != '.')
        {
            var afterEnd = paragraph.SentenceEnd(close + 1, nextOpen);
            var utterance = IsUtteranceEnd(lastCharacter) || paragraph.IsPunctuation(close + 1, ',');
            var after = utterance ? After(paragraph, close + 1, afterEnd) : TrailingAttribution(paragraph, close + 1, afterEnd);
            if (after.HasCue)
            {
                return after;
            }
        }

        var before = Before(paragraph, beforeStart, open);
        if (before.HasCue)
        {
            return before;
        }

        if (paragraph.IsPunctuation(open - 1, ':') && _subjects.MentionEndingAt(paragraph.Position, open - 2) is { IsPerson: true, AfterPreposition: false } label)
        {
            // A name and a colon right before a quote label it as that person's words (Team captain Ana Ruiz: “…”).
            return Attribution.Cue(label.Speaker);
        }

        if (paragraph.HasReporterWords(beforeStart, open))
        {
            var subject = _subjects.SentenceSubject(paragraph, beforeStart, open);
            return subject is null ? Attribution.None : new Attribution(subject, CueKind.SentenceSubject);
        }

        var preceding = PrecedingSpeaker(paragraph, previousClose + 1, beforeStart);
        if (!preceding.HasCue && previousParagraph is not null)
        {
            var end = previousParagraph.Tokens.Length;
            var from = previousParagraph.SentenceStart(0, end - 1);
            if (from > 0 && previousParagraph.IsPunctuation(end - 1, ':'))
            {
                // A paragraph ending in a colon introduces the speech that follows (Her remarks, in part:), and the
                // sentence before it names who gives it.
                from = previousParagraph.SentenceStart(0, from - 1);
            }

            preceding = PrecedingSpeaker(previousParagraph, from, end);
        }

        return preceding;
    }

    /// <summary>
    /// The subject of the last finite speech verb in tokens [from, to), or the name after it when it follows a comma
    /// (“…, said Mr Harwin.”), unless a quotation comes after it or shares its sentence: then the verb attributes
    /// that quotation, whose speaker carries over by continuity. Without a speech verb, the person who is the subject
    /// of the last sentence, when that sentence holds no quotation.
    /// </summary>
    private Attribution PrecedingSpeaker(ParagraphWords paragraph, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            if (paragraph.IsQuoted(k))
            {
                return Attribution.None;
            }

            if (!paragraph.IsSpeechVerb(k) || VerbContext.IsParticiple(paragraph, k) || paragraph.WordIs(k - 1, "to")
                || VerbContext.InRelativeClause(paragraph, from, k) || VerbContext.IsNegated(paragraph, k) || VerbContext.AfterPassiveAuxiliary(paragraph, k))
            {
                continue;
            }

            var start = paragraph.SentenceStart(from, k);
            if (paragraph.HasQuoted(start, k))
            {
                return Attribution.None;
            }

            if ((k == start || paragraph.IsPunctuation(k - 1, ',')) && !paragraph.IsIn(k, Lexicon.SpeechVerbsTakingHearer) && _subjects.PhraseSpeaker(paragraph, k + 1, to) is { } inverted)
            {
                return new Attribution(inverted, CueKind.PrecedingSentence);
            }

            if (AsSayingAfterQuoted(paragraph, k, to) is { } asSaying)
            {
                var quoted = _subjects.PhraseSpeaker(paragraph, k + 1, asSaying);
                return quoted is null ? Attribution.None : new Attribution(quoted, CueKind.PrecedingSentence);
            }

            var subject = _subjects.AdjacentSubject(paragraph, start, k, participle: false, out var found);
            return found ? new Attribution(subject, CueKind.PrecedingSentence) : Attribution.None;
        }

        if (to <= from)
        {
            return Attribution.None;
        }

        var sentence = paragraph.SentenceStart(0, to - 1);
        var person = SubjectPerson(paragraph, sentence, from, to);
        if (person is null && sentence > from && paragraph.IsPunctuation(to - 1, ':'))
        {
            // “Her remarks, in part:” introduces a speech without naming anyone; the sentence before does.
            person = SubjectPerson(paragraph, paragraph.SentenceStart(0, sentence - 1), from, sentence);
        }

        return person is null ? Attribution.None : new Attribution(person, CueKind.PrecedingSubject);
    }

    /// <summary>The person who is the subject of the sentence [<paramref name="sentence"/>, <paramref name="to"/>) when it starts after <paramref name="from"/> and holds no quotation.</summary>
    private EntityRef? SubjectPerson(ParagraphWords paragraph, int sentence, int from, int to) =>
        sentence >= from && !paragraph.HasQuoted(sentence, to) && _subjects.SentenceSubject(paragraph, sentence, to) is { Kind: EntityKind.Person } person
            ? person
            : null;

    /// <summary>
    /// The "as" of "quoted a bank official as saying" when token <paramref name="k"/> is that "quoted": whoever is
    /// quoted speaks, not the paper or agency that quotes them.
    /// </summary>
    private static int? AsSayingAfterQuoted(ParagraphWords paragraph, int k, int to)
    {
        if (!paragraph.WordIs(k, "quoted"))
        {
            return null;
        }

        var limit = Math.Min(to - 1, k + MaximumQuotedPhrase);
        // Punctuation ends the phrase: "quoted its plan, as saying" reads from a document, not someone else's words.
        for (var t = k + 1; t < limit && paragraph.IsWord(t); t++)
        {
            if (paragraph.WordIs(t, "as") && (paragraph.WordIs(t + 1, "saying") || paragraph.WordIs(t + 1, "telling")))
            {
                return t > k + 1 ? t : null;
            }
        }

        return null;
    }

    /// <summary>The "quoted" whose "as" stands right before the participle <paramref name="saying"/>, at or after <paramref name="from"/>.</summary>
    private static int? QuotedBeforeAsSaying(ParagraphWords paragraph, int from, int saying)
    {
        if (!paragraph.WordIs(saying - 1, "as"))
        {
            return null;
        }

        for (var t = saying - 3; t >= Math.Max(from, saying - 1 - MaximumQuotedPhrase); t--)
        {
            if (paragraph.WordIs(t, "quoted"))
            {
                return AsSayingAfterQuoted(paragraph, t, saying + 1) == saying - 1 ? t : null;
            }
        }

        return null;
    }

    /// <summary>A quote ending like this is a whole utterance, so an attribution may follow it (“…,” she said).</summary>
    private static bool IsUtteranceEnd(char c) => c is ',' or '?' or '!' or '\u2014' or '\u2013' or '\u2026';

    /// <summary>
    /// A fragment inside a sentence that ends in an attribution clause (A cashier who “steals …” is held accountable,
    /// Halvorsen said.), is the subject of a passive speech verb (“…” was written by X), or is followed anywhere by
    /// “according to” or “as X put it”.
    /// </summary>
    private Attribution TrailingAttribution(ParagraphWords paragraph, int from, int to)
    {
        if (paragraph.IsSpeechVerb(from + 1) && VerbContext.IsPassive(paragraph, from + 1))
        {
            return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, from + 3, to));
        }

        for (var t = from; t < to; t++)
        {
            if (VerbContext.IsAccordingTo(paragraph, t))
            {
                return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, t + 2, to));
            }

            if (AsPutIt(paragraph, t, to) is { } put)
            {
                return put;
            }

            if (paragraph.IsPunctuation(t, ',') && IsFinalClause(paragraph, t + 1, to))
            {
                return After(paragraph, t + 1, to);
            }
        }

        return Attribution.None;
    }

    /// <summary>Tokens [from, to) are “Halvorsen said (adverbials)” or “said Halvorsen”: a speech verb and no clause after it.</summary>
    private static bool IsFinalClause(ParagraphWords paragraph, int from, int to)
    {
        var verb = -1;
        for (var t = from; t < to && t < from + MaximumSubjectTokens; t++)
        {
            if (paragraph.IsSpeechVerb(t))
            {
                verb = t;
                break;
            }
        }

        if (verb < 0)
        {
            return false;
        }

        for (var t = verb + 1; t < to; t++)
        {
            if (paragraph.WordIs(t, "that") || paragraph.IsSpeechVerb(t) || paragraph.Tokens[t].Kind == TokenKind.QuoteMark)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Words after a whole utterance: “according to X”, “as X put it”, an inverted speech verb (said Ostrova), a subject and its
    /// verb (Okafor noted; Oskar Lindholm, the attorney general, said) or a passive agent. A participle (“…,” adding
    /// that) or a clause opened by a subordinator (“…” when Arbogast blasted him) attributes nothing.
    /// </summary>
    private Attribution After(ParagraphWords paragraph, int from, int to)
    {
        var t = from;
        while (t < to && paragraph.IsPunctuation(t, ','))
        {
            t++;
        }

        if (AsPutIt(paragraph, t, to) is { } put)
        {
            return put;
        }

        var limit = Math.Min(to, t + MaximumSubjectTokens);
        for (var k = t; k < limit; k++)
        {
            if (VerbContext.IsAccordingTo(paragraph, k))
            {
                return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, k + 2, to));
            }

            if (!paragraph.IsSpeechVerb(k))
            {
                continue;
            }

            if (k == t)
            {
                return VerbContext.IsParticiple(paragraph, k) || paragraph.IsIn(k, Lexicon.SpeechVerbsTakingHearer) || SubjectFinder.PhraseEnd(paragraph, k + 1, to) == k + 1
                    ? Attribution.None
                    : Attribution.Cue(_subjects.PhraseSpeaker(paragraph, k + 1, to));
            }

            if (VerbContext.IsPassive(paragraph, k))
            {
                return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, k + 2, to));
            }

            if (AsSayingAfterQuoted(paragraph, k, to) is { } asSaying)
            {
                return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, k + 1, asSaying));
            }

            return paragraph.IsIn(t, VerbContext.Subordinators)
                ? Attribution.None
                : Attribution.Cue(_subjects.SubjectBefore(paragraph, t, k));
        }

        return Attribution.None;
    }

    /// <summary>
    /// Words before the quote in its sentence: “according to X” or “as X put it”, else the nearest speech verb outside quotations and
    /// relative clauses with its subject (a participle's or infinitive's is the clause subject), its passive agent, or
    /// the name after it when nothing comes before it (Said Brannock: “…”).
    /// </summary>
    private Attribution Before(ParagraphWords paragraph, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (VerbContext.IsAccordingTo(paragraph, k) && !paragraph.IsQuoted(k))
            {
                return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, k + 2, to));
            }

            if (!paragraph.IsQuoted(k) && AsPutIt(paragraph, k, to) is { } put)
            {
                return put;
            }
        }

        for (var k = to - 1; k >= from; k--)
        {
            if (!paragraph.IsSpeechVerb(k) || paragraph.IsQuoted(k) || VerbContext.InRelativeClause(paragraph, from, k))
            {
                continue;
            }

            if (VerbContext.IsPassive(paragraph, k))
            {
                return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, k + 2, to));
            }

            if (paragraph.IsPunctuation(k - 1, ',') && ParentheticalSpeaker(paragraph, k, to) is { } inserted)
            {
                return Attribution.Cue(inserted);
            }

            if (QuotedBeforeAsSaying(paragraph, from, k) is { } quoted)
            {
                return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, quoted + 1, k - 1));
            }

            var participle = VerbContext.IsParticiple(paragraph, k) || paragraph.WordIs(k - 1, "to");
            var subject = _subjects.AdjacentSubject(paragraph, from, k, participle, out var found);
            if (participle)
            {
                return subject is null ? Attribution.None : Attribution.Cue(subject);
            }

            if (found)
            {
                return Attribution.Cue(subject);
            }

            return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, k + 1, to));
        }

        return Attribution.None;
    }

    /// <summary>
    /// The name in a speech verb's parenthesis before a quote (the courts, which, said Ruiz, “are …”): a finite verb
    /// between commas with a name after it. A name that runs into the quote is what the verb says (…, said Ruiz “should
    /// go”), and a participle's words are its object (…, adding it expected “…”).
    /// </summary>
    private EntityRef? ParentheticalSpeaker(ParagraphWords paragraph, int verb, int to)
    {
        var end = SubjectFinder.PhraseEnd(paragraph, verb + 1, to);
        return end > verb + 1 && end < to && paragraph.IsPunctuation(end, ',') && !VerbContext.IsParticiple(paragraph, verb) && !paragraph.IsPronoun(verb + 1, out _)
            ? _subjects.MentionEndingAt(paragraph.Position, end - 1)?.Speaker
            : null;
    }

    /// <summary>
    /// A quote inside a clause that opens with a subordinator and a person who speaks in it (as Ruiz went on about
    /// “…,” Lee said yes): that person is its speaker, and the main clause after the quote, even with a speech verb,
    /// speaks of something else. The person speaks when a speech verb or “about” follows them before the quote.
    /// </summary>
    private Attribution? SubordinateSpeaker(ParagraphWords paragraph, int from, int open)
    {
        var start = open - 1;
        while (start >= from && (paragraph.IsQuoted(start) || !(paragraph.IsPunctuation(start, ',') || paragraph.IsPunctuation(start, ';') || paragraph.IsPunctuation(start, ':'))))
        {
            start--;
        }

        var opener = start + 1 < open && paragraph.IsIn(start + 1, VerbContext.Conjunctions) ? start + 2 : start + 1;
        if (opener + 1 >= open || !paragraph.IsIn(opener, FunctionWords.ClauseSubordinators)
            || _subjects.OpeningPerson(paragraph, opener + 1, out var last) is not { } person)
        {
            return null;
        }

        for (var k = last + 1; k < open; k++)
        {
            if (!paragraph.IsQuoted(k) && (paragraph.IsSpeechVerb(k) || paragraph.WordIs(k, "about")))
            {
                return Attribution.Cue(person);
            }
        }

        return null;
    }

    /// <summary>
    /// A passive speech verb right before the quote (was described as “…”, were called “…”) takes its agent from
    /// the “by” phrase after it: the speaker is the one after “by”. Null when the words around the quote are not so.
    /// </summary>
    private Attribution? PassiveAgentAfter(ParagraphWords paragraph, int from, int open, int close, int nextOpen)
    {
        if (!paragraph.WordIs(close + 1, "by"))
        {
            return null;
        }

        var verb = paragraph.WordIs(open - 1, "as") ? open - 2 : open - 1;
        if (verb < from || !paragraph.IsSpeechVerb(verb) || !VerbContext.AfterPassiveAuxiliary(paragraph, verb))
        {
            return null;
        }

        return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, close + 2, paragraph.SentenceEnd(close + 1, nextOpen)));
    }

    /// <summary>
    /// “as X put it” (“as one aide once put it”) at token <paramref name="t"/>: the words between “as” and “put it”, in
    /// the same sentence, name the speaker; null when no such clause starts there.
    /// </summary>
    private Attribution? AsPutIt(ParagraphWords paragraph, int t, int to)
    {
        if (!paragraph.WordIs(t, "as"))
        {
            return null;
        }

        for (var k = t + 2; k + 1 < to && k <= t + MaximumSubjectTokens; k++)
        {
            if (paragraph.EndsSentence(k) || paragraph.IsQuoted(k))
            {
                return null;
            }

            if (paragraph.WordIs(k, "put") && paragraph.WordIs(k + 1, "it"))
            {
                return Attribution.Cue(_subjects.PhraseSpeaker(paragraph, t + 1, k));
            }
        }

        return null;
    }

    /// <summary>A credit after a dash (“…” ― Jane Doe) names the speaker; other dashes go on with the sentence.</summary>
    private Attribution DashCredit(ParagraphWords paragraph, int from, int to)
    {
        if (!paragraph.IsWord(from) || !char.IsUpper(paragraph.FirstChar(from)))
        {
            return Attribution.None;
        }

        return new Attribution(_subjects.PhraseSpeaker(paragraph, from, to), CueKind.DashCredit);
    }
}
