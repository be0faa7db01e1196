using System;
using NewsGen.Extraction.Entities.Lexicon;

namespace NewsGen.Extraction.Quotes;

/// <summary>The subject pronouns a speaker can be named by (it and they name organizations).</summary>
internal enum Pronoun
{
    None,
    He,
    She,
    They,
    It,

    /// <summary>Not a pronoun but a description that stands for a person as one does (“the 36-year-old”), of either gender.</summary>
    Someone,
}

/// <summary>Recognizes subject pronouns and the gendered words that tell who a person is.</summary>
internal static class Pronouns
{
    /// <summary>The pronoun the word <c>text[start..start+length)</c> is, compared in place.</summary>
    public static Pronoun Of(string text, int start, int length)
    {
        if (length > 4)
        {
            return Pronoun.None;
        }

        return Is(text, start, length, "he") ? Pronoun.He
            : Is(text, start, length, "she") ? Pronoun.She
            : Is(text, start, length, "they") ? Pronoun.They
            : Is(text, start, length, "it") ? Pronoun.It
            : Pronoun.None;
    }

    /// <summary>
    /// The gender a pronoun that usually refers back to a just-named person implies, for the word
    /// <c>text[start..start+length)</c>. “him” is left out: right after a name it is mostly someone else (“McCaskill
    /// scolded him”).
    /// </summary>
    public static Gender GenderOf(string text, int start, int length)
    {
        if (length > 7)
        {
            return Gender.Unknown;
        }

        if (Is(text, start, length, "he") || Is(text, start, length, "his") || Is(text, start, length, "himself"))
        {
            return Gender.Male;
        }

        if (Is(text, start, length, "she") || Is(text, start, length, "her") || Is(text, start, length, "hers") || Is(text, start, length, "herself"))
        {
            return Gender.Female;
        }

        return Gender.Unknown;
    }

    /// <summary>Compared in any case; the first letters first, in the same case mapping, as most words asked about share none with the pronoun.</summary>
    private static bool Is(string text, int start, int length, string pronoun) =>
        length == pronoun.Length
        && char.ToUpperInvariant(text[start]) == char.ToUpperInvariant(pronoun[0])
        && string.Compare(text, start, pronoun, 0, length, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>
    /// The gender an honorific or title before a name implies: those marked male or female in
    /// Data/entities/honorifics.txt and person-titles.txt, capitalized.
    /// </summary>
    public static Gender GenderOfHonorific(string word) =>
        WordLists.MaleTitles.Contains(word) ? Gender.Male
        : WordLists.FemaleTitles.Contains(word) ? Gender.Female
        : Gender.Unknown;
}

/// <summary>What is known of a person's gender from the article itself.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}
