using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;
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

    private static readonly HashSet<string> VerbMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "will", "would", "could", "can", "should", "may", "might", "must", "not", "did", "does", "do",
    };

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
        var mentions = places
            .SelectMany((place, index) => place.Mentions.Select(m => new PlaceMention(m.Start, m.Start + m.Length, index)))
            .OrderBy(m => m.Start)
            .ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        var tally = new Tally();
        CountUnits(structure, mentions, tally);

        return Choose(structure, places, mentions, tally);
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

    /// <summary>Counts the event nouns of one title, caption, heading or paragraph and their ties per sentence.</summary>
    private static void CountUnit(ArticleStructure structure, string text, int offset, List<PlaceMention> mentions, Tally tally)
    {
        var document = structure.Document.Text;
        IReadOnlyList<(int Start, int End)>? sentences = null;
        var sentence = 0;
        var ties = new Dictionary<Tie, int>();
        var previous = (Start: -1, End: -1);
        var position = NextWordStart(text, 0);
        while (position < text.Length)
        {
            var (start, end) = (position, WordEnd(text, position));
            position = NextWordStart(text, end);
            var noun = StoryNouns.Canonical(text, start, end - start);
            var usedAsVerb = noun is not null && previous.Start >= 0 && VerbMarkers.Contains(text.Substring(previous.Start, previous.End - previous.Start));
            previous = (start, end);
            if (noun is null || usedAsVerb)
            {
                continue;
            }

            sentences ??= structure.Text.SentencesOf(text);
            while (sentence + 1 < sentences.Count && sentences[sentence].End <= start)
            {
                tally.AddTies(ties);
                sentence++;
            }

            tally.AddNoun(noun);
            var nounStart = offset + start;
            var nounEnd = offset + end;
            var sentenceEnd = offset + sentences[sentence].End;
            for (var m = FirstMentionFrom(mentions, offset + sentences[sentence].Start); m < mentions.Count && mentions[m].End <= sentenceEnd; m++)
            {
                var score = IsTight(document, mentions[m], nounStart, nounEnd) ? TightTie : 1;
                var key = new Tie(mentions[m].Place, noun);
                ties[key] = Math.Max(score, ties.TryGetValue(key, out var known) ? known : 0);
            }
        }

        tally.AddTies(ties);
    }

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
    private sealed record PlaceMention(int Start, int End, int Place);

    private sealed record Tie(int Place, string Noun);

    private sealed record PlaceScore(int Place, int Score);

    private sealed record NounCount(int Count, int First);

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
