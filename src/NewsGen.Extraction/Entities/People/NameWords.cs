using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Places;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>Which tokens can be part of a person's name.</summary>
internal static class NameWords
{
    private static readonly char[] Apostrophes = ['\'', '\u2019'];

    // Kept: a separator list written at the call is an array made at every call.
    private static readonly char[] Hyphens = ['-', '\u2010', '\u2011'];

    /// <summary>
    /// A capitalized word that can be a given name or surname: not a function word, title, head word of an
    /// organization, not a demonym, acronym or number. Places pass (George Washington), and so do head words of
    /// things ("Park Min-seo"); callers drop a place that starts a name and a name that ends in a thing's head.
    /// </summary>
    public static bool IsNameWord(TextSegment segment, int j) => segment.IsNameWord(j, ComputeIsNameWord);

    private static bool ComputeIsNameWord(TextSegment segment, int j)
    {
        var token = segment.Tokens[j];
        if (!token.IsWord || !token.IsCapitalized || token.Has(TokenFlags.HasDigit) || token.Has(TokenFlags.Initial) || token.Has(TokenFlags.Dotted) || token.Has(TokenFlags.AllCaps))
        {
            return false;
        }

        var classes = segment.ClassesOf(j);
        if (token.Has(TokenFlags.Hyphenated))
        {
            return IsHyphenatedName(segment[j], classes);
        }

        // Read in place: nearly every capitalized word is asked, and most are never needed as a string.
        return IsPlainNameWord(segment.Text, token.Start, token.Length, classes);
    }

    /// <summary>"Treaty", "Strait", "Street": the last word of a name of a thing or place, never of a person.</summary>
    public static bool IsThingHead(TextSegment segment, int j) => segment.IsIn(j, WordClass.ThingHead | WordClass.PlaceHead);

    public static bool IsParticle(TextSegment segment, int j) =>
        segment.Tokens[j].IsWord && !segment.Tokens[j].IsCapitalized && segment.IsIn(j, WordClass.NameParticle);

    /// <summary>"M.", or initials run together ("T.J.") where they are no place ("U.S.").</summary>
    public static bool IsInitial(TextSegment segment, int j) =>
        segment.Tokens[j].Has(TokenFlags.Initial)
        || (segment.Tokens[j].Has(TokenFlags.Dotted) && segment.Tokens[j].Length <= 6 && !Gazetteer.IsPlaceWord(segment[j]));

    /// <summary>"II", "IV": a generation after a surname ("Henry Ashford III"), which is not itself a name word.</summary>
    public static bool IsGenerationSuffix(TextSegment segment, int j) =>
        segment.Tokens[j].Has(TokenFlags.AllCaps) && WordLists.IsGenerationSuffix(segment.Text, segment.Tokens[j].Start, segment.Tokens[j].Length);

    public static bool IsCalendarWord(TextSegment segment, int j) => segment.IsIn(j, WordClass.CalendarWord);

    /// <summary>A one-word place or demonym ("Geneva", "Russian").</summary>
    public static bool IsPlace(TextSegment segment, int j) => Gazetteer.TryFind(segment.Text, segment.Tokens[j].Start, segment.Tokens[j].Length, out _);

    /// <summary>"the Archbishop of Caldermoor said": the word after a title and "of" is the see, city or land of the title, not a surname.</summary>
    public static bool IsJurisdiction(TextSegment segment, int of) =>
        of >= 1 && segment.Tokens[of].IsWord && segment.Is(of, "of") && segment.Tokens[of - 1].IsWord && segment.IsTitle(of - 1);

    /// <summary>"Chancellor of the Exchequer Ann Lee": the word at <paramref name="j"/>, after a title and "of (the)", is the title's domain.</summary>
    public static bool FollowsTitleOf(TextSegment segment, int j) =>
        j >= 2 && segment.Tokens[j - 1].IsWord && IsJurisdiction(segment, segment.Is(j - 1, "the") ? j - 2 : j - 1);

    /// <summary>"Mr", "Gen" (with its period, if any, right after).</summary>
    public static bool IsHonorific(TextSegment segment, int j) =>
        j >= 0 && segment.Tokens[j].IsWord && segment.Tokens[j].IsCapitalized && segment.IsIn(j, WordClass.Honorific);

    /// <summary>The token before <paramref name="j"/>, skipping a period glued to an abbreviation ("Gen." → "Gen").</summary>
    public static int WordBefore(TextSegment segment, int j)
    {
        var before = j - 1;
        if (before >= 1 && segment.IsPunctuation(before, '.') && segment.Tokens[before - 1].End == segment.Tokens[before].Start)
        {
            before--;
        }

        return before;
    }

    /// <summary>A capital letter that a sentence start explains and that begins a frequent English word ("Police said").</summary>
    public static bool IsCommonWordAtSentenceStart(TextSegment segment, int j)
    {
        if (segment.IsMeaningfullyCapitalized(j))
        {
            return false;
        }

        var word = segment[j];
        return WordLists.CommonWords.Contains(word)
            || (word.Length > 3 && word[word.Length - 1] == 's' && WordLists.CommonWords.Contains(word.Substring(0, word.Length - 1)));
    }

    // The endings English gives nouns for people by what they do ("welder", "sailor", "cellist", "attendant"),
    // also in the plural.
    private static readonly string[] AgentNounEndings = ["er", "or", "ist", "ant", "ers", "ors", "ists", "ants"];

    /// <summary>Whether <paramref name="word"/> ends like an English noun for someone who does something ("Welder", "Beekeepers").</summary>
    public static bool IsAgentNoun(string word)
    {
        foreach (var ending in AgentNounEndings)
        {
            if (word.Length > ending.Length + 2 && word.EndsWith(ending, System.StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private const WordClass NeverInName = WordClass.StopWord | WordClass.Honorific | WordClass.RoleModifier | WordClass.OrganizationHead | WordClass.MediaNoun
        | WordClass.KnownOrganization | WordClass.Demonym;

    /// <summary>Whether the word <c>text[start..start+length)</c> with these classes can be a name.</summary>
    private static bool IsPlainNameWord(string text, int start, int length, WordClass classes)
    {
        if (IsAcronymPlural(text, start, length) || IsContraction(text, start, length))
        {
            return false;
        }

        return length >= 2 && (classes & NeverInName) == 0 && !WordLists.IsTitle(text, start, length, classes);
    }

    /// <summary>"MPs", "CEOs".</summary>
    private static bool IsAcronymPlural(string text, int start, int length) =>
        length >= 3 && text[start + length - 1] == 's' && IsAllUpper(text, start, length - 1);

    /// <summary>"I've", "She'll": an apostrophe before lowercase letters only.</summary>
    private static bool IsContraction(string text, int start, int length)
    {
        var apostrophe = text.IndexOfAny(Apostrophes, start, length);
        var end = start + length;
        return apostrophe >= 0 && apostrophe + 1 < end && char.IsLower(text[apostrophe + 1]) && end - apostrophe <= 3;
    }

    private static bool IsHyphenatedName(string word, WordClass classes)
    {
        if (WordLists.IsTitle(word, classes))
        {
            return false;
        }

        var parts = word.Split(Hyphens);
        for (var k = 0; k < parts.Length; k++)
        {
            var part = parts[k];
            var isLast = k == parts.Length - 1;
            if (part.Length < 2)
            {
                return false;
            }

            if (!char.IsUpper(part[0]))
            {
                var allowed = isLast ? k > 0 && char.IsUpper(parts[0][0]) && !WordLists.CommonWords.Contains(part) : WordLists.NameParticles.Contains(part);
                if (!allowed)
                {
                    return false;
                }
            }
            else if (part.Length > 1 && IsAllUpper(part, 0, part.Length))
            {
                return false;
            }
        }

        return (classes & WordClass.Demonym) == 0;
    }

    /// <summary>Whether <c>text[start..start+length)</c> has no lowercase letter.</summary>
    private static bool IsAllUpper(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
