using System;
using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Finds the speaker of one quotation from the reporter's words around it, in the same sentence: a speech verb
/// after the quote with its subject or inverted subject (“…,” Hajiyev noted / “…,” added Khalafov), “according to X”,
/// a speech verb before it with its subject (X said that “…”, X called Baku “…”), a passive agent (was written by X),
/// a dash credit (“…” ― X), and for a fragment inside a sentence without any of these, the sentence's subject.
/// </summary>
internal sealed class SpeakerAttributor
{
    /// <summary>A subject after a quote, appositives included, is never longer than this.</summary>
    private const int MaximumSubjectTokens = 30;

    /// <summary>Words between a subject and its speech verb (“Fowler also said”, “Trump has repeatedly said”).</summary>
    private static readonly HashSet<string> VerbModifiers = new(StringComparer.Ordinal)
    {
        "also", "then", "later", "once", "again", "previously", "recently", "earlier", "often", "never", "still", "even",
        "just", "already", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "should", "may",
        "might", "can", "did", "does", "do", "not", "further", "first", "last", "finally", "publicly", "privately",
    };

    /// <summary>Words that end a speaker's name phrase after a verb (“said Trump in Ohio”, “said a spokesman for …”).</summary>
    private static readonly HashSet<string> PhraseBreaks = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "during", "after", "before", "while", "when", "who", "whose", "which", "that", "as", "to",
        "from", "about", "with", "for", "of", "and", "but", "because", "since", "than", "if", "said", "says",
    };

    /// <summary>Words that put the name after them in a prepositional phrase rather than in subject position.</summary>
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "of", "for", "with", "by", "from", "to", "about", "against", "between", "among", "over",
        "under", "into", "onto", "like", "than", "toward", "towards", "without", "within", "after", "before",
    };

    /// <summary>Sentence openers skipped when looking for a sentence's subject.</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "yet", "still", "meanwhile", "however", "then", "now", "also", "instead",
    };

    /// <summary>A speech verb after one of these shares the subject of the verb before it (“X stressed … and said”).</summary>
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal)
    {
        "and", "but", "or", "then", "before", "after",
    };

    /// <summary>Sentence-initial words that start an adverbial clause or phrase; the subject follows its comma.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "after", "before", "with", "without", "following", "despite", "since", "amid",
        "as", "while", "when", "although", "though", "because", "if", "unlike", "like", "for", "from", "by", "under",
        "over", "last", "earlier", "later", "speaking", "asked", "according",
    };

    /// <summary>A clause after a quote that starts with one of these continues the sentence; it does not attribute the quote.</summary>
    private static readonly HashSet<string> Subordinators = new(StringComparer.OrdinalIgnoreCase)
    {
        "when", "as", "while", "because", "after", "before", "if", "since", "and", "but", "or", "who", "which", "that",
        "where", "until", "unless", "though", "although",
    };

    private static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal)
    {
        "who", "which", "that",
    };

    private static readonly HashSet<string> PassiveAuxiliaries = new(StringComparer.Ordinal)
    {
        "was", "were", "is", "are", "been", "being", "be",
    };

    private readonly IReadOnlyList<List<NameMention>> _mentions;
    private readonly PronounResolver _pronouns;

    public SpeakerAttributor(IReadOnlyList<List<NameMention>> mentions, PronounResolver pronouns)
    {
        _mentions = mentions;
        _pronouns = pronouns;
    }

    /// <summary>
    /// The attribution of the quotation between tokens <paramref name="open"/> and <paramref name="close"/> (-1 when
    /// it runs on into the next paragraph); <paramref name="previousClose"/> and <paramref name="nextOpen"/> bound the
    /// reporter's words that belong to it, and <paramref name="lastCharacter"/> is the last character inside the marks.
    /// </summary>
    public Attribution Attribute(ParagraphWords paragraph, int open, int close, int previousClose, int nextOpen, char lastCharacter)
    {
        var beforeStart = SentenceStart(paragraph, previousClose + 1, open);
        if (close >= 0 && IsDash(paragraph, close + 1) && DashCredit(paragraph, close + 2, nextOpen) is { HasCue: true } credit)
        {
            return credit;
        }

        if (close >= 0 && lastCharacter != '.')
        {
            var afterEnd = SentenceEnd(paragraph, close + 1, nextOpen);
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

        var subject = beforeStart < open ? SentenceSubject(paragraph, beforeStart, open) : null;
        return subject is null ? Attribution.None : new Attribution(subject, CueKind.SentenceSubject);
    }

    /// <summary>A quote ending like this is a whole utterance, so an attribution may follow it (“…,” she said).</summary>
    private static bool IsUtteranceEnd(char c) => c is ',' or '?' or '!' or '\u2014' or '\u2013' or '\u2026';

    /// <summary>
    /// A fragment inside a sentence that ends in an attribution clause (A cashier who “steals …” is held accountable,
    /// Warren said.), is the subject of a passive speech verb (“…” was written by X), or is followed anywhere by
    /// “according to”.
    /// </summary>
    private Attribution TrailingAttribution(ParagraphWords paragraph, int from, int to)
    {
        if (paragraph.IsSpeechVerb(from + 1) && IsPassive(paragraph, from + 1))
        {
            return Attribution.Cue(PhraseSpeaker(paragraph, from + 3, to));
        }

        for (var t = from; t < to; t++)
        {
            if (IsAccordingTo(paragraph, t))
            {
                return Attribution.Cue(PhraseSpeaker(paragraph, t + 2, to));
            }

            if (paragraph.IsPunctuation(t, ',') && IsFinalClause(paragraph, t + 1, to))
            {
                return After(paragraph, t + 1, to);
            }
        }

        return Attribution.None;
    }

    /// <summary>Tokens [from, to) are “Warren said (adverbials)” or “said Warren”: a speech verb and no clause after it.</summary>
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

    /// <summary>The first token of the sentence that holds the quote opening at <paramref name="open"/>.</summary>
    public static int SentenceStart(ParagraphWords paragraph, int from, int open)
    {
        for (var t = open - 1; t >= from; t--)
        {
            if (paragraph.EndsSentence(t))
            {
                return t + 1;
            }
        }

        return from;
    }

    private static int SentenceEnd(ParagraphWords paragraph, int from, int limit)
    {
        for (var t = from; t < limit; t++)
        {
            if (paragraph.EndsSentence(t))
            {
                return t;
            }
        }

        return limit;
    }

    private Attribution After(ParagraphWords paragraph, int from, int to)
    {
        var t = from;
        while (t < to && paragraph.IsPunctuation(t, ','))
        {
            t++;
        }

        var limit = Math.Min(to, t + MaximumSubjectTokens);
        for (var k = t; k < limit; k++)
        {
            if (IsAccordingTo(paragraph, k))
            {
                return Attribution.Cue(PhraseSpeaker(paragraph, k + 2, to));
            }

            if (!paragraph.IsSpeechVerb(k))
            {
                continue;
            }

            if (k == t)
            {
                return IsParticiple(paragraph, k) || PhraseEnd(paragraph, k + 1, to) == k + 1
                    ? Attribution.None
                    : Attribution.Cue(PhraseSpeaker(paragraph, k + 1, to));
            }

            if (IsPassive(paragraph, k))
            {
                return Attribution.Cue(PhraseSpeaker(paragraph, k + 2, to));
            }

            return paragraph.IsWord(t) && Subordinators.Contains(paragraph[t]) ? Attribution.None : Attribution.Cue(SubjectBefore(paragraph, t, k));
        }

        return Attribution.None;
    }

    private Attribution Before(ParagraphWords paragraph, int from, int to)
    {
        for (var k = from; k + 1 < to; k++)
        {
            if (IsAccordingTo(paragraph, k))
            {
                return Attribution.Cue(PhraseSpeaker(paragraph, k + 2, to));
            }
        }

        for (var k = to - 1; k >= from; k--)
        {
            if (!paragraph.IsSpeechVerb(k) || InRelativeClause(paragraph, from, k))
            {
                continue;
            }

            if (IsPassive(paragraph, k))
            {
                return Attribution.Cue(PhraseSpeaker(paragraph, k + 2, to));
            }

            var participle = IsParticiple(paragraph, k) || paragraph.WordIs(k - 1, "to");
            var subject = AdjacentSubject(paragraph, from, k, participle, out var found);
            if (found || participle)
            {
                return Attribution.Cue(subject);
            }

            return Attribution.Cue(PhraseSpeaker(paragraph, k + 1, to));
        }

        return Attribution.None;
    }

    /// <summary>
    /// The subject right before a speech verb at <paramref name="verb"/>, skipping adverbs, auxiliaries and a
    /// parenthesis (“Rep. Gwen Moore (D-Wis.) said”). After an appositive, a conjunction (“… and said”) or before a
    /// participle or infinitive that no name directly precedes (“…, saying”, “went on to say”), it is the subject of
    /// the sentence.
    /// <paramref name="found"/> is false when nothing precedes the verb in the sentence.
    /// </summary>
    private EntityRef? AdjacentSubject(ParagraphWords paragraph, int from, int verb, bool participle, out bool found)
    {
        var j = verb - 1;
        while (j >= from)
        {
            if (paragraph.IsWord(j) && (VerbModifiers.Contains(paragraph[j]) || IsAdverb(paragraph[j])))
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
            return _pronouns.Resolve(pronoun, paragraph.Position, j);
        }

        if (MentionEndingAt(paragraph.Position, j) is { } named)
        {
            return named.Speaker;
        }

        if (participle || paragraph.IsPunctuation(j, ',') || (paragraph.IsWord(j) && Conjunctions.Contains(paragraph[j])))
        {
            return SentenceSubject(paragraph, from, j);
        }

        var run = j;
        while (run > from && (paragraph.IsWord(run - 1) || paragraph.IsPunctuation(run - 1, '.')) && !paragraph.EndsSentence(run - 1))
        {
            run--;
        }

        return LastSpeaker(paragraph.Position, run, j + 1);
    }

    /// <summary>The speaker named by a phrase starting at <paramref name="from"/>: a pronoun, or a name before the phrase ends.</summary>
    private EntityRef? PhraseSpeaker(ParagraphWords paragraph, int from, int to)
    {
        if (paragraph.IsPronoun(from, out var pronoun))
        {
            return _pronouns.Resolve(pronoun, paragraph.Position, from);
        }

        return LastSpeaker(paragraph.Position, from, PhraseEnd(paragraph, from, to));
    }

    /// <summary>Where a name phrase starting at <paramref name="from"/> ends: at a clause break or a linking word.</summary>
    private static int PhraseEnd(ParagraphWords paragraph, int from, int to)
    {
        var end = from;
        while (end < to && !EndsPhrase(paragraph, end))
        {
            end++;
        }

        return end;
    }

    /// <summary>A subject between a quote and its speech verb: its first comma-separated part holds the name.</summary>
    private EntityRef? SubjectBefore(ParagraphWords paragraph, int from, int verb)
    {
        if (paragraph.IsPronoun(from, out var pronoun))
        {
            return _pronouns.Resolve(pronoun, paragraph.Position, from);
        }

        var end = from;
        while (end < verb && !paragraph.IsPunctuation(end, ',') && !paragraph.IsPunctuation(end, '('))
        {
            end++;
        }

        return LastSpeaker(paragraph.Position, from, end);
    }

    /// <summary>A credit after a dash (“…” ― Jane Doe) names the speaker; other dashes go on with the sentence.</summary>
    private Attribution DashCredit(ParagraphWords paragraph, int from, int to)
    {
        if (!paragraph.IsWord(from) || !char.IsUpper(paragraph[from][0]))
        {
            return Attribution.None;
        }

        return Attribution.Cue(PhraseSpeaker(paragraph, from, to));
    }

    /// <summary>
    /// The subject of the sentence from <paramref name="from"/>: a leading pronoun, or the first name in subject
    /// position (not after a preposition, followed by a lowercase word or an appositive), after any opening adverbial
    /// phrase.
    /// A possessive name (“Oz’s advice …”) counts only when nothing better is found and it opens the sentence.
    /// </summary>
    private EntityRef? SentenceSubject(ParagraphWords paragraph, int from, int to)
    {
        var t = from;
        while (t < to && (paragraph.IsPunctuation(t, ',') || (paragraph.IsWord(t) && Openers.Contains(paragraph[t]))))
        {
            t++;
        }

        if (paragraph.IsWord(t) && ClauseOpeners.Contains(paragraph[t]))
        {
            var comma = t;
            while (comma < to && !paragraph.IsPunctuation(comma, ','))
            {
                comma++;
            }

            t = comma < to ? comma + 1 : t;
        }

        if (paragraph.IsPronoun(t, out var pronoun))
        {
            return _pronouns.Resolve(pronoun, paragraph.Position, t);
        }

        NameMention? possessive = null;
        foreach (var mention in _mentions[paragraph.Position])
        {
            if (mention.First < t || mention.Last >= to || mention.InsideQuote)
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
            var inSubjectPosition = !(paragraph.IsWord(before) && Prepositions.Contains(paragraph[before]))
                && (paragraph.IsLowercaseWord(after) || paragraph.IsPunctuation(after, ',') || paragraph.IsPunctuation(after, '('));
            if (inSubjectPosition)
            {
                return mention.Speaker;
            }
        }

        return possessive?.Speaker;
    }

    private NameMention? MentionEndingAt(int paragraph, int last)
    {
        foreach (var mention in _mentions[paragraph])
        {
            if (mention.Last == last && !mention.IsPossessive)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>The name closest to the end of tokens [from, to): a person if there is one, else an organization.</summary>
    private EntityRef? LastSpeaker(int paragraph, int from, int to)
    {
        EntityRef? organization = null;
        var mentions = _mentions[paragraph];
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.First < from || mention.Last >= to)
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

    private static bool EndsPhrase(ParagraphWords paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        return token.Kind switch
        {
            TokenKind.QuoteMark => true,
            TokenKind.Word => PhraseBreaks.Contains(paragraph[t]),
            _ => paragraph.Text[token.Start] switch
            {
                '.' => paragraph.EndsSentence(t),
                ',' or '(' or ';' or ':' or '!' or '?' or '\u2014' or '\u2013' or '\u2015' => true,
                _ => false,
            },
        };
    }

    /// <summary>“anybody who complains …”: a speech verb whose subject is a relative pronoun belongs to a relative clause.</summary>
    private static bool InRelativeClause(ParagraphWords paragraph, int from, int verb)
    {
        var j = verb - 1;
        while (j >= from && paragraph.IsWord(j) && (VerbModifiers.Contains(paragraph[j]) || IsAdverb(paragraph[j])))
        {
            j--;
        }

        return paragraph.IsWord(j) && RelativePronouns.Contains(paragraph[j]);
    }

    private static bool IsAccordingTo(ParagraphWords paragraph, int t) =>
        paragraph.WordIs(t, "according") && paragraph.WordIs(t + 1, "to");

    /// <summary>“was written by X”: the speaker is the agent after “by”.</summary>
    private static bool IsPassive(ParagraphWords paragraph, int verb) =>
        paragraph.IsWord(verb - 1) && PassiveAuxiliaries.Contains(paragraph[verb - 1]) && paragraph.WordIs(verb + 1, "by");

    private static bool IsDash(ParagraphWords paragraph, int t) =>
        paragraph.IsPunctuation(t, '\u2015') || paragraph.IsPunctuation(t, '\u2014') || paragraph.IsPunctuation(t, '\u2013');

    private static bool IsParticiple(ParagraphWords paragraph, int verb) => paragraph[verb].EndsWith("ing", StringComparison.Ordinal);

    private static bool IsAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0]);
}
