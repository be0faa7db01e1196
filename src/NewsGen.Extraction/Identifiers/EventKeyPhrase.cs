using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Quotes;
using NewsGen.Extraction.Structure;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Identifiers;

/// <summary>
/// Names a story the way editors do, place + event noun (<c>Geneva talks</c>, <c>Brussels summit</c>).
/// Every sentence of the title, caption, headings and body counts its event nouns (<c>Data/story-nouns.txt</c>) and
/// ties each noun to the places named in the same sentence: a tight tie (<c>the Geneva talks</c>,
/// <c>talks held in Geneva</c>, <c>Geneva will host the talks</c>) scores <see cref="TightTie"/>, a loose one 1.
/// The most frequent noun that has a place with at least <see cref="MinScore"/> wins, with that place; ties between
/// places go to the more specific kind, then to the one named first in the title, then to the one named first.
/// </summary>
public static class EventKeyPhrase
{
    /// <summary>The score of a place written right next to the noun or linked to it by "in", "at" or "host".</summary>
    public const int TightTie = 2;

    /// <summary>The least score a place needs to name the story; one loose co-occurrence is chance.</summary>
    public const int MinScore = 2;

    /// <summary>No tight pattern spans more characters than this between place and noun.</summary>
    private const int MaxTightGap = 80;

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>Not verb markers: “has”, “have” and “had” are as often the main verb before a noun (“has talks with”).</summary>
    private static readonly string[] HaveForms = ["has", "have", "had"];

    /// <summary>The infinitive's “to” and the negation, which stand right before a verb as an auxiliary does.</summary>
    private static readonly string[] BeforeVerb = ["to", "not"];

    /// <summary>
    /// Words that make the word after them a verb (“will strike”, “to visit”): the auxiliaries but
    /// <see cref="HaveForms"/>, and <see cref="BeforeVerb"/>.
    /// </summary>
    private static readonly HashSet<string> VerbMarkers = new HashSet<string>(WordClasses.Auxiliaries, StringComparer.OrdinalIgnoreCase)
        .Minus(HaveForms)
        .Plus(BeforeVerb);

    /// <summary>Place, then noun: <c>Geneva talks</c>, <c>Geneva's talks</c>.</summary>
    private static readonly Regex PlaceBeforeNoun = new(@"\A(?:['’]s)?\s+\z", Options);

    /// <summary>Place as host: <c>Geneva will host a rare round of talks</c>, <c>Geneva hosted the summit</c>.</summary>
    private static readonly Regex HostBeforeNoun = new(
        @"\A(?:['’]s)?\s+(?:(?:will|would|is|was|has|had|to|also|again|once)\s+){0,3}(?:host|hosts|hosted|hosting|hold|holds|held|holding)\s+(?:[\p{L}\p{N}'’\-]+\s+){0,4}\z",
        Options | RegexOptions.IgnoreCase);

    /// <summary>Noun, then venue: <c>talks in Geneva</c>, <c>a summit held at Camp David</c>.</summary>
    private static readonly Regex VenueAfterNoun = new(
        @"\A\s+(?:[\p{L}\p{N}'’\-]+\s+){0,3}(?:in|at)\s+(?:the\s+)?\z",
        Options | RegexOptions.IgnoreCase);

    /// <summary>The key phrase <c>"Place noun"</c>, or null when no event noun is tied to a place.</summary>
    public static string? Find(ArticleStructure structure, EntitySet entities)
    {
        var places = entities.Places;
        var mentions = PlaceMentions(places);
        if (mentions.Count == 0)
        {
            return null;
        }

        var tally = new Tally();
        CountUnits(structure, mentions, tally);

        return Choose(structure, places, mentions, tally);
    }

    /// <summary>Every mention of every place, in text order (mentions at one offset in the order of their places).</summary>
    private static List<PlaceMention> PlaceMentions(IReadOnlyList<Place> places)
    {
        var mentions = new List<PlaceMention>();
        for (var place = 0; place < places.Count; place++)
        {
            var own = places[place].Mentions;
            for (var i = 0; i < own.Count; i++)
            {
                mentions.Add(new PlaceMention(own[i].Start, own[i].Start + own[i].Length, place, mentions.Count));
            }
        }

        mentions.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Order.CompareTo(b.Order));
        return mentions;
    }

    /// <summary>Counts the title, the photo caption, then each heading and paragraph, in reading order.</summary>
    private static void CountUnits(ArticleStructure structure, List<PlaceMention> mentions, Tally tally)
    {
        CountUnit(structure, structure.Title, structure.TitleStart, mentions, tally);
        if (structure.Photo is { } photo)
        {
            CountUnit(structure, photo.Caption, photo.Start, mentions, tally);
        }

        foreach (var section in structure.Sections)
        {
            if (section.Heading is { } heading)
            {
                CountUnit(structure, heading, section.HeadingStart, mentions, tally);
            }

            foreach (var paragraph in section.Paragraphs)
            {
                CountUnit(structure, paragraph.Text, paragraph.Start, mentions, tally);
            }
        }
    }

    /// <summary>
    /// Counts the event nouns of one title, caption, heading or paragraph and their ties per sentence. Every word is
    /// read here, so this loop only finds the nouns; the few it finds are tied to places by <see cref="UnitTies"/>.
    /// </summary>
    private static void CountUnit(ArticleStructure structure, string text, int offset, List<PlaceMention> mentions, Tally tally)
    {
        UnitTies? ties = null;
        var previous = -1;
        var position = NextWordStart(text, 0);
        while (position < text.Length)
        {
            var start = position;
            var end = WordEnd(text, start);
            position = NextWordStart(text, end);
            if (StoryNouns.Canonical(text, start, end - start) is { } noun && !(previous >= 0 && IsVerbMarker(text, previous)))
            {
                ties ??= new UnitTies(structure, text, offset, mentions, tally);
                ties.Add(noun, start, end);
            }

            previous = start;
        }

        ties?.Close();
    }

    /// <summary>Whether the word at <paramref name="start"/> marks the word after it as a verb ("to visit", "will strike").</summary>
    private static bool IsVerbMarker(string text, int start) => VerbMarkers.Contains(text.Substring(start, WordEnd(text, start) - start));

    private static int NextWordStart(string text, int position)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>The end of the word at <paramref name="start"/>: letters and digits, with inner apostrophes and hyphens.</summary>
    private static int WordEnd(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length &&
            (char.IsLetterOrDigit(text[end]) || (text[end] is '\'' or '\u2019' or '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    private static int FirstMentionFrom(List<PlaceMention> mentions, int start) =>
        SortedSearch.FirstAtLeast(mentions, mentions.Count, start, static (list, i) => list[i].Start);

    private static bool IsTight(string document, PlaceMention mention, int nounStart, int nounEnd)
    {
        if (mention.End <= nounStart)
        {
            var gap = nounStart - mention.End;
            return gap <= MaxTightGap &&
                (PlaceBeforeNoun.Match(document, mention.End, gap).Success || HostBeforeNoun.Match(document, mention.End, gap).Success);
        }

        var after = mention.Start - nounEnd;
        return after >= 0 && after <= MaxTightGap && VenueAfterNoun.Match(document, nounEnd, after).Success;
    }

    private static string? Choose(ArticleStructure structure, IReadOnlyList<Place> places, List<PlaceMention> mentions, Tally tally)
    {
        var titleEnd = structure.TitleStart + structure.Title.Length;
        foreach (var noun in tally.NounsByFrequency())
        {
            // The first best in tally order, a loop rather than OrderBy chains whose lambdas and sorter are
            // JIT-compiled in every fresh compiler process.
            PlaceScore? best = null;
            foreach (var candidate in tally.Places(noun))
            {
                if (candidate.Score >= MinScore && (best is null || Rank(candidate, best, places, mentions, structure.TitleStart, titleEnd) < 0))
                {
                    best = candidate;
                }
            }

            if (best is not null)
            {
                return places[best.Place].Name + " " + noun;
            }
        }

        return null;
    }

    /// <summary>Higher score first, then the kind of place, then the first mention in the title, then anywhere.</summary>
    private static int Rank(PlaceScore a, PlaceScore b, IReadOnlyList<Place> places, List<PlaceMention> mentions, int titleStart, int titleEnd)
    {
        var order = b.Score.CompareTo(a.Score);
        if (order == 0)
        {
            order = ((int)places[a.Place].Kind).CompareTo((int)places[b.Place].Kind);
        }

        if (order == 0)
        {
            order = FirstIn(mentions, a.Place, titleStart, titleEnd).CompareTo(FirstIn(mentions, b.Place, titleStart, titleEnd));
        }

        return order != 0 ? order : FirstIn(mentions, a.Place, 0, int.MaxValue).CompareTo(FirstIn(mentions, b.Place, 0, int.MaxValue));
    }

    private static int FirstIn(List<PlaceMention> mentions, int place, int from, int to)
    {
        foreach (var m in mentions)
        {
            if (m.Place == place && m.Start >= from && m.End <= to)
            {
                return m.Start;
            }
        }

        return int.MaxValue;
    }

    // Classes rather than value types, here and in Tally: lists, dictionaries and LINQ over a value type are
    // JIT-compiled anew for it in every fresh compiler process, over a class they share code compiled once.
    private sealed record PlaceMention(int Start, int End, int Place, int Order);

    private sealed record Tie(int Place, string Noun);

    private sealed record PlaceScore(int Place, int Score);

    private sealed record NounCount(int Count, int First);

    /// <summary>The nouns of one unit and their ties to the places named in the same sentence.</summary>
    private sealed class UnitTies(ArticleStructure structure, string text, int offset, List<PlaceMention> mentions, Tally tally)
    {
        private readonly IReadOnlyList<(int Start, int End)> _sentences = structure.Text.SentencesOf(text);
        private readonly Dictionary<Tie, int> _ties = [];
        private int _sentence;

        public void Add(string noun, int start, int end)
        {
            while (_sentence + 1 < _sentences.Count && _sentences[_sentence].End <= start)
            {
                tally.AddTies(_ties);
                _sentence++;
            }

            tally.AddNoun(noun);
            var document = structure.Document.Text;
            var (nounStart, nounEnd) = (offset + start, offset + end);
            var sentenceEnd = offset + _sentences[_sentence].End;
            for (var m = FirstMentionFrom(mentions, offset + _sentences[_sentence].Start); m < mentions.Count && mentions[m].End <= sentenceEnd; m++)
            {
                var score = IsTight(document, mentions[m], nounStart, nounEnd) ? TightTie : 1;
                var key = new Tie(mentions[m].Place, noun);
                _ties[key] = Math.Max(score, _ties.TryGetValue(key, out var known) ? known : 0);
            }
        }

        /// <summary>Adds the ties of the unit's last sentence with a noun.</summary>
        public void Close() => tally.AddTies(_ties);
    }

    /// <summary>Noun frequencies and (place, noun) tie scores of one article.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, NounCount> _nouns = new(StringComparer.Ordinal);
        private readonly Dictionary<Tie, int> _ties = [];

        public void AddNoun(string noun) =>
            _nouns[noun] = _nouns.TryGetValue(noun, out var known) ? known with { Count = known.Count + 1 } : new NounCount(1, _nouns.Count);

        /// <summary>Adds one sentence's ties and clears them for the next sentence.</summary>
        public void AddTies(Dictionary<Tie, int> sentenceTies)
        {
            foreach (var tie in sentenceTies)
            {
                _ties[tie.Key] = (_ties.TryGetValue(tie.Key, out var known) ? known : 0) + tie.Value;
            }

            sentenceTies.Clear();
        }

        /// <summary>The most frequent first, then the first seen (each noun has its own first position, so the order is total).</summary>
        public List<string> NounsByFrequency()
        {
            var nouns = new List<string>(_nouns.Keys);
            nouns.Sort((a, b) =>
            {
                var (x, y) = (_nouns[a], _nouns[b]);
                return x.Count != y.Count ? y.Count.CompareTo(x.Count) : x.First.CompareTo(y.First);
            });
            return nouns;
        }

        public List<PlaceScore> Places(string noun)
        {
            var scores = new List<PlaceScore>();
            foreach (var tie in _ties)
            {
                if (tie.Key.Noun == noun)
                {
                    scores.Add(new PlaceScore(tie.Key.Place, tie.Value));
                }
            }

            return scores;
        }
    }
}
