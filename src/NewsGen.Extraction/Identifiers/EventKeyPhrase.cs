using System;
using System.Collections.Generic;
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

    /// <summary>Not verb markers: “has”, “have” and “had” are as often the main verb before a noun (“has talks with”).</summary>
    private static readonly string[] HaveForms = ["has", "have", "had"];

    /// <summary>The infinitive's “to” and the negation, which stand right before a verb as an auxiliary does.</summary>
    private static readonly string[] BeforeVerb = ["to", "not"];

    /// <summary>
    /// Words that make the word after them a verb (“will strike”, “to visit”): the auxiliaries but
    /// <see cref="HaveForms"/>, and <see cref="BeforeVerb"/>. Looked up in place: the word before every event noun is asked.
    /// </summary>
    private static readonly TextRangeMap<string> VerbMarkers = InPlace(new HashSet<string>(WordClasses.Auxiliaries, StringComparer.OrdinalIgnoreCase)
        .Minus(HaveForms)
        .Plus(BeforeVerb));

    /// <summary>Place, then noun: <c>Geneva talks</c>, <c>Geneva's talks</c>.</summary>
    private static readonly Regex PlaceBeforeNoun = new(@"\A(?:['’]s)?\s+\z", Options);

    /// <summary>Place as host: <c>Geneva will host the next round of talks</c>, <c>Geneva hosted the summit</c>.</summary>
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

        // Only a noun tied to a place with MinScore can name the story, and ties are made only in sentences that
        // name a place: those are read first. Frequency decides only between two or more such nouns, so only then
        // is every word of the article read to count the nouns (most articles have none, most others one).
        var units = Units(structure);
        var tally = new Tally();
        foreach (var unit in units)
        {
            CountTies(structure, unit, mentions, tally);
        }

        var named = tally.NounsTiedWith(MinScore);
        if (named.Count < 2)
        {
            return named.Count == 0 ? null : Choose(structure, places, mentions, tally, named);
        }

        foreach (var unit in units)
        {
            for (var nouns = new NounScan(unit.Text, 0, unit.Text.Length); nouns.MoveNext(out var noun, out _, out _);)
            {
                tally.AddNoun(noun);
            }
        }

        return Choose(structure, places, mentions, tally, tally.NounsByFrequency());
    }

    /// <summary>Every mention of every place, in text order (mentions at one offset in the order of their places).</summary>
    private static List<PlaceMention> PlaceMentions(IReadOnlyList<Place> places)
    {
        var count = 0;
        for (var place = 0; place < places.Count; place++)
        {
            count += places[place].Mentions.Count;
        }

        var mentions = new List<PlaceMention>(count);
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

    /// <summary>The title, the photo caption, then each heading and paragraph, in reading order.</summary>
    private static List<Unit> Units(ArticleStructure structure)
    {
        // Sized once: the title, a caption, a heading per section and the paragraphs.
        var units = new List<Unit>(2 + structure.Sections.Count + structure.Paragraphs.Count) { new(structure.Title, structure.TitleStart) };
        if (structure.Photo is { } photo)
        {
            units.Add(new Unit(photo.Caption, photo.Start));
        }

        foreach (var section in structure.Sections)
        {
            if (section.Heading is { } heading)
            {
                units.Add(new Unit(heading, section.HeadingStart));
            }

            foreach (var paragraph in section.Paragraphs)
            {
                units.Add(new Unit(paragraph.Text, paragraph.Start));
            }
        }

        return units;
    }

    /// <summary>
    /// Ties the nouns of each sentence of <paramref name="unit"/> that names a place to the places it names. A noun
    /// belongs to the first sentence that ends after it starts (the last sentence takes the rest of the unit).
    /// </summary>
    private static void CountTies(ArticleStructure structure, Unit unit, List<PlaceMention> mentions, Tally tally)
    {
        var sentences = structure.Text.SentencesOf(unit.Text);
        var document = structure.Document.Text;
        Dictionary<Tie, int>? ties = null;
        for (int i = 0, from = 0; i < sentences.Count; i++)
        {
            var to = i + 1 < sentences.Count ? sentences[i].End : unit.Text.Length;
            var (sentenceStart, sentenceEnd) = (unit.Offset + sentences[i].Start, unit.Offset + sentences[i].End);
            var first = FirstMentionFrom(mentions, sentenceStart);
            if (first < mentions.Count && mentions[first].End <= sentenceEnd)
            {
                for (var nouns = new NounScan(unit.Text, from, to); nouns.MoveNext(out var noun, out var start, out var end);)
                {
                    var (nounStart, nounEnd) = (unit.Offset + start, unit.Offset + end);
                    for (var m = first; m < mentions.Count && mentions[m].End <= sentenceEnd; m++)
                    {
                        var score = IsTight(document, mentions[m], nounStart, nounEnd) ? TightTie : 1;
                        var key = new Tie(mentions[m].Place, noun);
                        ties ??= [];
                        ties[key] = Math.Max(score, ties.TryGetValue(key, out var known) ? known : 0);
                    }
                }

                if (ties is not null)
                {
                    tally.AddTies(ties);
                }
            }

            from = to;
        }
    }

    /// <summary>Whether the word before the one at <paramref name="start"/> marks it as a verb ("to visit", "will strike").</summary>
    private static bool FollowsVerbMarker(string text, int start)
    {
        var previous = start - 1;
        while (previous >= 0 && !char.IsLetterOrDigit(text[previous]))
        {
            previous--;
        }

        while (previous > 0 && !IsWordStart(text, previous))
        {
            previous--;
        }

        return previous >= 0 && VerbMarkers.TryGetValue(text, previous, WordEnd(text, previous) - previous, out _);
    }

    private static TextRangeMap<string> InPlace(HashSet<string> words)
    {
        var map = new TextRangeMap<string>(ignoreCase: true);
        foreach (var word in words)
        {
            map.Set(word, word);
        }

        return map;
    }

    private static int NextWordStart(string text, int position)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        return position;
    }

    /// <summary>The first word that starts at or after <paramref name="position"/>, as a scan from the start of the text finds it.</summary>
    private static int FirstWordStart(string text, int position)
    {
        while (position < text.Length && !IsWordStart(text, position))
        {
            position++;
        }

        return position;
    }

    /// <summary>A letter or digit that <see cref="WordEnd"/> does not reach from the character or the joiner before it.</summary>
    private static bool IsWordStart(string text, int i) =>
        char.IsLetterOrDigit(text[i]) && (i == 0 || !(char.IsLetterOrDigit(text[i - 1]) || (IsJoiner(text[i - 1]) && i >= 2 && char.IsLetterOrDigit(text[i - 2]))));

    /// <summary>The end of the word at <paramref name="start"/>: letters and digits, with inner apostrophes and hyphens.</summary>
    private static int WordEnd(string text, int start)
    {
        var end = start + 1;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || (IsJoiner(text[end]) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))))
        {
            end++;
        }

        return end;
    }

    private static bool IsJoiner(char c) => c is '\'' or '\u2019' or '-';

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

    /// <summary>The first of <paramref name="nouns"/> with a place of at least <see cref="MinScore"/>, with its best place.</summary>
    private static string? Choose(ArticleStructure structure, IReadOnlyList<Place> places, List<PlaceMention> mentions, Tally tally, List<string> nouns)
    {
        var titleEnd = structure.TitleStart + structure.Title.Length;
        foreach (var noun in nouns)
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

    private sealed record Unit(string Text, int Offset);

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

        /// <summary>The nouns tied to some place with at least <paramref name="score"/>, each once.</summary>
        public List<string> NounsTiedWith(int score)
        {
            var nouns = new List<string>();
            foreach (var tie in _ties)
            {
                if (tie.Value >= score && !nouns.Contains(tie.Key.Noun))
                {
                    nouns.Add(tie.Key.Noun);
                }
            }

            return nouns;
        }

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

    /// <summary>
    /// The event nouns that start between <c>from</c> and <c>to</c> in a text, in order, each unless the word before
    /// it marks it as a verb ("to visit"). Words are those of a scan from the start of the text, wherever the range
    /// starts; every word is read, so nothing is allocated per word.
    /// </summary>
    private struct NounScan(string text, int from, int to)
    {
        private int _position = FirstWordStart(text, from);

        public bool MoveNext(out string noun, out int start, out int end)
        {
            while (_position < to)
            {
                start = _position;
                end = WordEnd(text, start);
                _position = NextWordStart(text, end);
                if (StoryNouns.Canonical(text, start, end - start) is { } canonical && !FollowsVerbMarker(text, start))
                {
                    noun = canonical;
                    return true;
                }
            }

            (noun, start, end) = (string.Empty, 0, 0);
            return false;
        }
    }
}
