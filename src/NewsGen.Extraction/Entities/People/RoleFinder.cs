using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Roles of a named person: a title phrase right before the name ("Chilean President Tomas Ferreyra"), an
/// apposition after it ("Gen. Mary K. Lindqvist, the alliance's joint fleet commander in Asia,") or before it
/// ("The Chief of Staff of the Coast Guard of Canada, Mary Lindquist"). A role phrase holds a title
/// word; its lowercase words are titles, role modifiers or connectors, and in an apposition also plain words that
/// lead up to a title ("joint fleet commander"), so a clause ("met with …") is no role.
/// </summary>
internal static class RoleFinder
{
    private const int MaxRoleTokens = 16;

    /// <summary>Unlisted words that may modify a title word in an apposition ("joint fleet commander").</summary>
    private const int MaxModifiersBeforeTitle = 3;

    /// <summary>Adds the roles written around the name at tokens <paramref name="first"/> to <paramref name="last"/>.</summary>
    public static void AddTo(PersonForm form, TextSegment segment, int first, int last)
    {
        var before = PreModifier(segment, first);
        if (before is not null)
        {
            form.AddRole(before);
        }
        else if (AppositionBefore(segment, first) is { } apposed)
        {
            form.AddRole(apposed);
        }

        if (AppositionAfter(segment, last) is { } after)
        {
            form.AddRole(after);
        }
    }

    /// <summary>"Chilean President Tomas Ferreyra"; not "a spokeswoman for Delphine Arbogast", where the name is an object.</summary>
    private static string? PreModifier(TextSegment segment, int nameFirst)
    {
        var end = nameFirst - 1;
        if (end >= 1 && segment.IsPunctuation(end, '.') && NameWords.IsHonorific(segment, end - 1))
        {
            end -= 2;
        }
        else if (NameWords.IsHonorific(segment, end))
        {
            end--;
        }

        if (end >= 0 && segment.Tokens[end].IsWord && IsConnector(segment, end))
        {
            return null;
        }

        var start = end + 1;
        while (start - 1 >= 0 && end - start + 1 < MaxRoleTokens && IsRoleToken(segment, start - 1))
        {
            start--;
        }

        return Phrase(segment, AfterOtherPerson(segment, start, end), end, mustStartWithTitle: false);
    }

    /// <summary>
    /// "singer Ann Roe and drummer Ida Brandt": a phrase before the name that names someone else before an "and" is
    /// that person's role and the link; the role starts after the last such "and".
    /// </summary>
    private static int AfterOtherPerson(TextSegment segment, int start, int end)
    {
        for (var j = end; j > start; j--)
        {
            if (segment.Is(j, "and"))
            {
                return EndsOtherName(segment, j - 1) ? j + 1 : start;
            }
        }

        return start;
    }

    private static string? AppositionBefore(TextSegment segment, int nameFirst)
    {
        if (!segment.IsPunctuation(nameFirst - 1, ','))
        {
            return null;
        }

        var end = nameFirst - 2;
        var start = end + 1;
        while (start - 1 >= 0 && end - start + 1 < MaxRoleTokens && IsAppositionToken(segment, start - 1))
        {
            // A capitalized word before a plain modifier is the clause's, not the role's ("The Ruritanian economics
            // minister, …" gives "economics minister").
            if (start <= end && !IsRoleToken(segment, start) && IsPlainLowercase(segment, start) && segment.Tokens[start - 1].IsCapitalized)
            {
                break;
            }

            start--;
        }

        return HasOtherName(segment, start, end) ? null : Phrase(segment, start, end, mustStartWithTitle: true);
    }

    /// <summary>", NORSEC joint fleet commander Asia," — no other name in it, which would make it a list of people.</summary>
    private static string? AppositionAfter(TextSegment segment, int nameLast)
    {
        if (!segment.IsPunctuation(nameLast + 1, ','))
        {
            return null;
        }

        var start = nameLast + 2;
        var end = start - 1;
        while (end + 1 < segment.Tokens.Length && end - start + 1 < MaxRoleTokens && IsAppositionToken(segment, end + 1))
        {
            end++;
        }

        var stop = end + 1;
        if (stop < segment.Tokens.Length && (segment.Tokens[stop].IsWord || !IsClauseEnd(segment.CharAt(stop))))
        {
            return null;
        }

        return HasOtherName(segment, start, end) ? null : Phrase(segment, start, end, mustStartWithTitle: false);
    }

    /// <summary>
    /// Whether token <paramref name="j"/>, before an "and" in a role phrase, ends another name: a person found before,
    /// or a name word before a lowercase word ("Roe and drummer"); in "Fisheries and Forests Minister" the capital after
    /// "and" goes on with one title. The phrase never ends in "and", so a word follows it.
    /// </summary>
    private static bool EndsOtherName(TextSegment segment, int j) =>
        segment.IsClaimed(j) || (NameWords.IsNameWord(segment, j) && !segment.Tokens[j + 2].IsCapitalized);

    /// <summary>
    /// An apposition naming someone ("…, President Tomas Ferreyra, …") belongs to a list of people, not to a role; the
    /// domain of a title ("the Archbishop of Lund, …") names no one.
    /// </summary>
    private static bool HasOtherName(TextSegment segment, int start, int end)
    {
        for (var j = start; j <= end; j++)
        {
            if (NameWords.FollowsTitleOf(segment, j))
            {
                while (j < end && segment.Tokens[j + 1].IsWord && segment.Tokens[j + 1].IsCapitalized)
                {
                    j++;
                }

                continue;
            }

            if (NameWords.IsNameWord(segment, j) && !NameWords.IsPlace(segment, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The trimmed phrase, or null when it holds no title word.</summary>
    private static string? Phrase(TextSegment segment, int start, int end, bool mustStartWithTitle)
    {
        while (start <= end && IsFiller(segment, start))
        {
            start++;
        }

        while (end >= start && IsFiller(segment, end))
        {
            end--;
        }

        if (start > end)
        {
            return null;
        }

        // A role before a name starts at a title, a modifier or a plain word leading to a title ("new chief executive, …");
        // a capitalized word before its title makes the phrase a name of its own ("as US President, …").
        if (mustStartWithTitle && !segment.IsTitle(start) && !segment.IsIn(start, WordClass.RoleModifier) && !IsPlainLowercase(segment, start))
        {
            return null;
        }

        for (var j = start; j <= end; j++)
        {
            if (segment.IsTitle(j))
            {
                return segment.Slice(start, end);
            }
        }

        return null;
    }

    /// <summary>
    /// A word of a role set off by commas: any role word, and also a plain lowercase word that leads up to a title
    /// word ("joint fleet commander"), since the commas bound the phrase; a function word, a verb of saying or an -ed or
    /// -ing form, or a word that no title follows ("met with the Head of …"), makes it a clause instead.
    /// </summary>
    private static bool IsAppositionToken(TextSegment segment, int j)
    {
        if (IsRoleToken(segment, j))
        {
            return true;
        }

        for (var k = j; k < segment.Tokens.Length && k <= j + MaxModifiersBeforeTitle; k++)
        {
            if (!IsPlainLowercase(segment, k))
            {
                return k > j && segment.IsTitle(k);
            }
        }

        return false;
    }

    /// <summary>Words that open or join clauses, never modify a title: the function words, subordinators and verb adverbs.</summary>
    private static readonly TextRangeMap<string> ClauseWords = new HashSet<string>(WordClasses.FunctionWords, System.StringComparer.Ordinal)
        .Plus(WordClasses.Subordinators)
        .Plus(WordClasses.VerbAdverbs)
        .InPlace();

    private static bool IsPlainLowercase(TextSegment segment, int j)
    {
        var token = segment.Tokens[j];
        // A word glued to an apostrophe is the rest of a possessive ("Inc.'s"), not a word of its own.
        return token.IsWord && char.IsLower(segment.Text[token.Start]) && !token.Has(TokenFlags.Possessive) && !token.Has(TokenFlags.HasDigit)
            && !(token.Start > 0 && segment.Text[token.Start - 1] is '\'' or '\u2019')
            && !segment.IsTitle(j)
            && !segment.IsIn(j, ClauseWords)
            && !NewsGen.Extraction.Text.Lexicon.IsSpeechVerbForm(segment.Text, token.Start, token.Length)
            && !segment.EndsWith(j, "ed") && !segment.EndsWith(j, "ing");
    }

    private static bool IsRoleToken(TextSegment segment, int j)
    {
        var token = segment.Tokens[j];
        if (!token.IsWord || token.Has(TokenFlags.Possessive))
        {
            return false;
        }

        if (segment.IsTitle(j) || segment.IsIn(j, WordClass.RoleModifier) || IsConnector(segment, j))
        {
            return true;
        }

        if (token.Has(TokenFlags.Hyphenated))
        {
            var word = segment[j];
            var firstPart = word.Substring(0, word.IndexOf('-') < 0 ? word.Length : word.IndexOf('-'));
            if (WordLists.RoleModifiers.Contains(firstPart))
            {
                return true;
            }
        }

        return token.IsCapitalized && !segment.IsIn(j, WordClass.StopWord | WordClass.CalendarWord)
            && !NameWords.IsCommonWordAtSentenceStart(segment, j);
    }

    private static readonly string[] Connectors = ["of", "the", "for", "and", "in", "on", "at", "a", "an"];

    private static readonly string[] CapitalizedArticles = ["The", "A", "An"];

    private static bool IsFiller(TextSegment segment, int j) => IsConnector(segment, j) || segment.IsOneOf(j, CapitalizedArticles);

    // Compared in place: most of the words asked are lowercase, which a segment does not keep cut out.
    private static bool IsConnector(TextSegment segment, int j) => segment.IsOneOf(j, Connectors);

    private static bool IsClauseEnd(char c) => c is ',' or '.' or ';' or ')' or ':' or '\u2014';
}
