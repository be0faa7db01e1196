using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Dates;

/// <summary>Finds the date expressions of a text unit and reads what each one states.</summary>
internal static class DateExpressionFinder
{
    private static readonly List<Candidate> NoCandidates = [];

    private static readonly HashSet<string> ClockCues = new(StringComparer.OrdinalIgnoreCase) { "at", "by", "until", "till", "from", "about", "around", "before", "after" };

    // Each pattern with the words one of which every match of it contains (DateAnchor): a unit holding none of them
    // is not scanned by the pattern. Most paragraphs name no day, and the patterns that can start at common words
    // ("the", "a", "this") cost most where they find nothing. A pattern that changes keeps its anchors in step.
    internal static readonly (AdaptiveRegex Pattern, DateAnchor Anchors)[] Patterns =
    [
        (DatePatterns.NumberLed, DateAnchor.Digit),
        (DatePatterns.WeekdayLed, DateAnchor.Day),
        (DatePatterns.MonthLed, DateAnchor.Any),
        (DatePatterns.DayOffset, DateAnchor.Today | DateAnchor.Yesterday | DateAnchor.Tomorrow | DateAnchor.Night | DateAnchor.PartOfDay),
        (DatePatterns.Holiday, DateAnchor.HolidayWord),
        (DatePatterns.Span, DateAnchor.DayCount),
        (DatePatterns.Anaphora, DateAnchor.DayWord | DateAnchor.Night | DateAnchor.PartOfDay),
        (DatePatterns.Clock, DateAnchor.ClockSuffix | DateAnchor.NamedHour | DateAnchor.PartOfDay),
        (DatePatterns.DayOfMonth, DateAnchor.Ordinal),
        (DatePatterns.PeriodEnd, DateAnchor.End),
    ];

    /// <summary>The expressions of every unit, in reading order.</summary>
    public static List<DateExpression> Find(IReadOnlyList<TextUnit> units)
    {
        var expressions = new List<DateExpression>();
        var read = new List<DateExpression>(2);
        foreach (var unit in units)
        {
            var matches = Candidates(unit.Text);
            if (matches.Count == 0)
            {
                continue;
            }

            var sentences = new UnitSentences(unit.Text, unit.Sentences);
            var found = new List<DateExpression>();
            DateExpression? relation = null;
            foreach (var candidate in matches)
            {
                Read(candidate.Pattern, candidate.Match, unit, sentences, read);
                foreach (var expression in read)
                {
                    // "the day before" right before another date is counted from that date ("the day before last
                    // Tuesday's hearing"); on its own it is counted from the day told before.
                    if (relation is not null)
                    {
                        var merged = Merge(relation, expression, unit);
                        AddUnlessFollowedByWord(merged is null ? relation : null, unit, found);
                        relation = null;
                        if (merged is not null)
                        {
                            found.Add(merged);
                            continue;
                        }
                    }

                    if (candidate.Pattern == DatePatterns.Anaphora && candidate.Match.Groups["relation"].Success)
                    {
                        relation = expression;
                        continue;
                    }

                    // A day that took in the clock time before it ("at 7 a.m. CST Sunday") replaces the time.
                    while (found.Count > 0 && found[found.Count - 1] is { Form: DateForm.Clock } clock && clock.Start >= expression.Start)
                    {
                        found.RemoveAt(found.Count - 1);
                    }

                    found.Add(expression);
                }
            }

            AddUnlessFollowedByWord(relation, unit, found);
            expressions.AddRange(AnchorClockTimes(found, unit, sentences));
        }

        return expressions;
    }

    // Matches of all patterns in text order; where two overlap the earlier (or, at one start, longer) wins,
    // so "Wednesday (28 November)" is not also read as "28 November". Most units match nothing, so nothing is
    // allocated until a pattern matches.
    private static List<Candidate> Candidates(string text)
    {
        List<Candidate>? all = null;
        var anchors = new DateAnchorSearch(text);
        foreach (var (pattern, anchor) in Patterns)
        {
            if (!anchors.HasAny(anchor))
            {
                continue;
            }

            // Match and NextMatch rather than Matches: most units match nothing, and then no collection is built.
            for (var match = pattern.Match(text); match.Success; match = match.NextMatch())
            {
                (all ??= []).Add(new Candidate(pattern, match));
            }
        }

        if (all is null)
        {
            return NoCandidates;
        }

        // The kept candidates are moved to the front of the same list.
        all.Sort(Candidate.InTextOrder);
        var kept = 0;
        var end = 0;
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Match.Index >= end)
            {
                end = all[i].Match.Index + all[i].Match.Length;
                all[kept++] = all[i];
            }
        }

        all.RemoveRange(kept, all.Count - kept);
        return all;
    }

    // A clock time alone ("at midday") is on the day its sentence names, the nearest one in the sentence; the
    // nearest is found with one pass each way, so a sentence of many times costs no rescans.
    private static List<DateExpression> AnchorClockTimes(List<DateExpression> found, TextUnit unit, UnitSentences sentences)
    {
        // Most units have no clock time, and then nothing is anchored or allocated.
        var clocks = 0;
        foreach (var expression in found)
        {
            clocks += expression.Form == DateForm.Clock ? 1 : 0;
        }

        if (clocks == 0)
        {
            return found;
        }

        var sentence = new int[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            sentence[i] = sentences.IndexAt(found[i].Start - unit.Start);
        }

        var before = new int[found.Count];
        var after = new int[found.Count];
        for (int i = 0, last = -1; i < found.Count; i++)
        {
            before[i] = last;
            last = found[i].Form == DateForm.Clock ? last : i;
        }

        for (int i = found.Count - 1, next = -1; i >= 0; i--)
        {
            after[i] = next;
            next = found[i].Form == DateForm.Clock ? next : i;
        }

        for (var i = 0; i < found.Count; i++)
        {
            if (found[i].Form != DateForm.Clock)
            {
                continue;
            }

            // The nearer of the two in the sentence; the one before on a tie.
            var anchor = InSentence(before[i], i) ? before[i] : i;
            if (InSentence(after[i], i) && (anchor == i || Distance(after[i], i) < Distance(anchor, i)))
            {
                anchor = after[i];
            }

            found[i] = found[i] with { Anchor = anchor - i };
        }

        return found;

        bool InSentence(int j, int i) => j >= 0 && sentence[j] == sentence[i];

        int Distance(int j, int i) => Math.Abs(found[j].Start - found[i].Start);
    }

    private static DateExpression? Merge(DateExpression relation, DateExpression next, TextUnit unit)
    {
        var end = relation.Start + relation.Text.Length - unit.Start;
        var nextStart = next.Start - unit.Start;
        for (var i = end; i < nextStart; i++)
        {
            if (!char.IsWhiteSpace(unit.Text[i]))
            {
                return null;
            }
        }

        var start = relation.Start - unit.Start;
        return next with { Text = unit.Text.Substring(start, nextStart + next.Text.Length - start), Start = relation.Start, DaysAfter = next.DaysAfter + relation.DayOffset };
    }

    // A span "before" or "after" followed by words is counted from an event ("two days before the vote"), not a day.
    private static void AddUnlessFollowedByWord(DateExpression? expression, TextUnit unit, List<DateExpression> expressions)
    {
        if (expression is not null && !FollowedByWord(unit.Text, expression.Start - unit.Start + expression.Text.Length))
        {
            expressions.Add(expression);
        }
    }

    private static bool FollowedByCapitalized(string text, int end) =>
        end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]);

    private static bool FollowedByWord(string text, int end)
    {
        var i = end;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsLetterOrDigit(text[i]);
    }

    /// <summary>
    /// The expressions <paramref name="match"/> writes, in place of what <paramref name="expressions"/> held: none,
    /// one, or a day-month and the second day after it (one list for all matches, as most write none or one).
    /// </summary>
    private static void Read(AdaptiveRegex pattern, Match match, TextUnit unit, UnitSentences sentences, List<DateExpression> expressions)
    {
        expressions.Clear();
        var sentence = sentences.IndexAt(match.Index);
        var tense = new ClauseTense(sentences, sentence, match.Index, match.Index + match.Length);
        var read = pattern == DatePatterns.Span ? ReadSpan(match, unit, tense)
            : pattern == DatePatterns.Clock ? ReadClock(match, unit, tense)
            : pattern == DatePatterns.Anaphora ? ReadAnaphora(match, unit, tense)
            : pattern == DatePatterns.PeriodEnd ? ReadPeriodEnd(match, unit, tense)
            : Read(match, unit, sentences, sentence, tense);
        if (read is null)
        {
            return;
        }

        expressions.Add(read);
        if (read.Form == DateForm.DayMonth && DatePatterns.SecondDay.Match(unit.Text, match.Index + match.Length) is { Success: true } second)
        {
            var day = second.Groups["day"];
            var text = day.Value;
            if (read.Month is { } month && Number(day) <= DateTime.DaysInMonth(2000, month))
            {
                expressions.Add(read with { Text = text, Start = unit.Start + day.Index, Day = Number(day), Weekday = null });
            }
        }
    }

    private static DateExpression? Read(Match match, TextUnit unit, UnitSentences sentences, int sentence, ClauseTense tense)
    {
        var groups = match.Groups;
        if (groups["offset"].Success)
        {
            return ReadOffset(match, unit, sentences, sentence, tense);
        }

        if (groups["isoYear"].Success)
        {
            return Full(match.Value, match.Index, unit, tense, Number(groups["isoYear"]), Number(groups["isoMonth"]), Number(groups["isoDay"]), null);
        }

        if (groups["first"].Success)
        {
            return ReadNumeric(match, unit, tense);
        }

        if (groups["ordinal"].Success)
        {
            return new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, DateForm.DayOfMonth, tense) { Day = Number(groups["ordinal"]) };
        }

        var month = groups["mon"].Success ? CalendarNames.MonthNumber(groups["mon"].Value) : 0;
        DayOfWeek? weekday = groups["wd"].Success ? CalendarNames.Weekday(groups["wd"].Value) : null;
        int? year = groups["year"].Success ? Number(groups["year"]) : null;
        var before = PrecedingWord.Find(unit.Text, match.Index);
        var (direction, cueStart) = before is { } word && (weekday is not null || !groups["day"].Success)
            ? PrecedingWord.DirectionOf(unit.Text, word)
            : (Direction.None, match.Index);

        // A month alone is a time only after a cue ("in May", "last May") or with its year, not in "May Smith";
        // told before its start and text are read, as most months alone are names.
        if (month > 0 && !groups["day"].Success && direction == Direction.None && year is null && !(before is { } cue && PrecedingWord.IsMonthCue(cue.Text)))
        {
            return null;
        }

        var start = direction == Direction.None ? TimeOfDayStart(unit.Text, match.Index) : cueStart;
        if (weekday is not null || groups["day"].Success || groups["holiday"].Success)
        {
            start = ModifierStart(unit.Text, start);
        }

        var text = unit.Text.Substring(start, match.Index + match.Length - start);
        if (groups["holiday"].Success)
        {
            // Next to a capitalized word the holiday is part of another name ("Holocaust Memorial Day", "Easter
            // Rising"); between "the" and a noun it names an event or a stretch of days of some year ("the Labor Day
            // weekend").
            var end = match.Index + match.Length;
            if ((before is { } name && direction == Direction.None && char.IsUpper(name.Text[0]) && !sentences.StartsAt(sentence, name.Start))
                || FollowedByCapitalized(unit.Text, end)
                || (before is { Text: "the" or "The" } && SentenceTense.NounFollows(unit.Text, end)))
            {
                return null;
            }

            return new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.Holiday, tense)
            {
                Holiday = groups["holiday"].Value.Replace('’', '\''),
                Year = year,
                Direction = direction,
            };
        }

        if (groups["day"].Success)
        {
            // "the week of 6 March" names a week, not its first day.
            if (before is { Text: "of" } of && PrecedingWord.Find(unit.Text, of.Start) is { Text: "week" })
            {
                return null;
            }

            var day = Number(groups["day"]);
            if (year is { } stated)
            {
                return Full(text, start, unit, tense, stated, month, day, weekday);
            }

            return day <= DateTime.DaysInMonth(2000, month)
                ? new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.DayMonth, tense) { Month = month, Day = day, Weekday = weekday }
                : null;
        }

        if (month > 0)
        {
            return new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.MonthOnly, tense) { Month = month, Year = year, Direction = direction };
        }

        if (weekday is null || InsideNamedDay(unit.Text, match) || Recurs(unit.Text, match, before))
        {
            return null;
        }

        if (direction == Direction.None && before is { } relative && PrecedingWord.FromToldDay(unit.Text, relative) is { } told)
        {
            var from = told.Start;
            return new DateExpression(unit.Text.Substring(from, match.Index + match.Length - from), unit.Paragraph, unit.Start + from, DateForm.Weekday, tense)
            {
                Weekday = weekday,
                Direction = told.Direction,
                FromPrevious = true,
            };
        }

        return new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.Weekday, tense) { Weekday = weekday, Direction = direction };
    }

    // "7 a.m. CST Sunday": a clock time belongs to the day after it. The look-back is capped at a few words,
    // the longest such time, so each date costs the same however long its sentence.
    private static int TimeOfDayStart(string text, int start)
    {
        var from = Math.Max(0, start - 40);

        // Every time the pattern reads starts with a digit or is "noon" or "midnight": most dates have none before them.
        if (!new DateAnchorSearch(text, from, start - from).HasAny(DateAnchor.Digit | DateAnchor.NamedHour))
        {
            return start;
        }

        var time = DatePatterns.TimeBefore.Match(text, from, start - from);
        return time.Success ? time.Index : start;
    }

    // "late Tuesday", "earlier today": the modifier is part of the expression, which still names the whole day.
    private static int ModifierStart(string text, int start)
    {
        var from = Math.Max(0, start - 24);
        if (!new DateAnchorSearch(text, from, start - from).HasAny(DateAnchor.ModifierStem))
        {
            return start;
        }

        var modifier = DatePatterns.ModifierBefore.Match(text, from, start - from);
        return modifier.Success ? modifier.Index : start;
    }

    private static DateExpression? ReadSpan(Match match, TextUnit unit, ClauseTense tense)
    {
        var count = match.Groups["count"].Value.ToLowerInvariant();
        var amount = char.IsDigit(count[0])
            ? int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)
            : count is "a" or "an" ? 1 : DatePatterns.NumberWords.TakeWhile(w => w != count).Count() + 1;
        var direction = match.Groups["dir"].Value;
        if (direction is "before" or "after" && FollowedByWord(unit.Text, match.Index + match.Length))
        {
            return null;
        }

        return new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, DateForm.Span, tense)
        {
            DayOffset = direction is "ago" or "earlier" or "before" ? -amount : amount,
            FromPrevious = direction != "ago",
            SameParagraph = true,
        };
    }

    // "fiscal year-end" is a company's own calendar, which the text does not give.
    private static DateExpression? ReadPeriodEnd(Match match, TextUnit unit, ClauseTense tense)
    {
        if (match.Groups["fiscal"].Success)
        {
            return null;
        }

        var which = match.Groups["which"];
        var direction = which.Success ? PrecedingWord.DirectionOf(unit.Text, (which.Value, which.Index)).Direction : Direction.None;
        var form = match.Groups["unit"].Value.Equals("year", StringComparison.OrdinalIgnoreCase) ? DateForm.YearEnd : DateForm.MonthEnd;
        return new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, form, tense) { Direction = direction };
    }

    // A clock time counts only after a word that places something at it ("at 10 p.m.", "until midnight").
    private static DateExpression? ReadClock(Match match, TextUnit unit, ClauseTense tense) =>
        PrecedingWord.Find(unit.Text, match.Index) is { } word && ClockCues.Contains(word.Text)
            ? new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, DateForm.Clock, tense)
            : null;

    private static DateExpression ReadAnaphora(Match match, TextUnit unit, ClauseTense tense)
    {
        var groups = match.Groups;
        var amount = groups["next"].Success || groups["relation"].Value == "after" ? 1
            : groups["previous"].Success || groups["relation"].Value == "before" ? -1
            : 0;
        return new DateExpression(match.Value, unit.Paragraph, unit.Start + match.Index, DateForm.Span, tense) { DayOffset = amount, FromPrevious = true };
    }

    private static DateExpression? ReadOffset(Match match, TextUnit unit, UnitSentences sentences, int sentence, ClauseTense tense)
    {
        // A capitalized "Today" or "Tonight" inside a sentence is a programme or publication name.
        if (char.IsUpper(match.Value[0]) && !sentences.StartsAt(sentence, match.Index))
        {
            return null;
        }

        var word = match.Value.ToLowerInvariant();
        if (word == "today" && DatePatterns.PresentEra.IsMatch(unit.Text, match.Index + match.Length))
        {
            return null;
        }

        var offset = word switch
        {
            _ when word.StartsWith("yesterday", StringComparison.Ordinal) || word.StartsWith("last", StringComparison.Ordinal) => -1,
            _ when word.StartsWith("tomorrow", StringComparison.Ordinal) => 1,
            _ => 0,
        };
        var start = ModifierStart(unit.Text, match.Index);
        var text = unit.Text.Substring(start, match.Index + match.Length - start);
        return new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.DayOffset, tense) { DayOffset = offset };
    }

    // 19/04/2018 is read as day/month and 04/19/2018 as month/day; 04/05/2018 could be either and is skipped.
    private static DateExpression? ReadNumeric(Match match, TextUnit unit, ClauseTense tense)
    {
        var first = Number(match.Groups["first"]);
        var second = Number(match.Groups["second"]);
        var year = Number(match.Groups["year"]);
        if (first == second || (first > 12 && second <= 12))
        {
            return Full(match.Value, match.Index, unit, tense, year, second, first, null);
        }

        return second > 12 && first <= 12 ? Full(match.Value, match.Index, unit, tense, year, first, second, null) : null;
    }

    private static DateExpression? Full(string text, int start, TextUnit unit, ClauseTense tense, int year, int month, int day, DayOfWeek? weekday) =>
        Model.CalendarDate.TryCreate(year, month, day) is null
            ? null
            : new DateExpression(text, unit.Paragraph, unit.Start + start, DateForm.Full, tense) { Year = year, Month = month, Day = day, Weekday = weekday };

    // "every Thursday", "each Friday morning", "on Monday and Wednesday nights": a day of every week is no date.
    private static bool Recurs(string text, Match match, (string Text, int Start)? before) =>
        before is { Text: "every" or "Every" or "each" or "Each" } || DatePatterns.RecurringAfterWeekday.IsMatch(text, match.Index + match.Length);

    private static bool InsideNamedDay(string text, Match match)
    {
        var from = Math.Max(0, match.Index - 24);
        var to = Math.Min(text.Length, match.Index + match.Length + 24);
        foreach (Match named in DatePatterns.NamedDay.Matches(text.Substring(from, to - from)))
        {
            var start = from + named.Index;
            if (start <= match.Index + match.Length && match.Index <= start + named.Length)
            {
                return true;
            }
        }

        return false;
    }

    private static int Number(Group group) => int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A match of one of the <see cref="Patterns"/>: a class, so sorting and keeping them needs no code of its own per value type.</summary>
    private sealed class Candidate(AdaptiveRegex pattern, Match match)
    {
        public static readonly Comparison<Candidate> InTextOrder = (a, b) =>
            a.Match.Index != b.Match.Index ? a.Match.Index.CompareTo(b.Match.Index) : b.Match.Length.CompareTo(a.Match.Length);

        public AdaptiveRegex Pattern { get; } = pattern;

        public Match Match { get; } = match;
    }
}
