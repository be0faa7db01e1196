using System;

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
    public static Pronoun Of(string word)
    {
        if (word.Length > 4)
        {
            return Pronoun.None;
        }

        return Is(word, "he") ? Pronoun.He
            : Is(word, "she") ? Pronoun.She
            : Is(word, "they") ? Pronoun.They
            : Is(word, "it") ? Pronoun.It
            : Pronoun.None;
    }

    private static bool Is(string word, string pronoun) => string.Equals(word, pronoun, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The gender a pronoun that usually refers back to a just-named person implies. “him” is left out: right after a
    /// name it is mostly someone else (“McCaskill scolded him”).
    /// </summary>
    public static Gender GenderOf(string word)
    {
        if (string.Equals(word, "he", StringComparison.OrdinalIgnoreCase)
            || string.Equals(word, "his", StringComparison.OrdinalIgnoreCase)
            || string.Equals(word, "himself", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Male;
        }

        if (string.Equals(word, "she", StringComparison.OrdinalIgnoreCase)
            || string.Equals(word, "her", StringComparison.OrdinalIgnoreCase)
            || string.Equals(word, "hers", StringComparison.OrdinalIgnoreCase)
            || string.Equals(word, "herself", StringComparison.OrdinalIgnoreCase))
        {
            return Gender.Female;
        }

        return Gender.Unknown;
    }

    /// <summary>The gender an honorific before a name implies.</summary>
    public static Gender GenderOfHonorific(string word) => word switch
    {
        "Mr" or "Messrs" or "Sir" or "Lord" or "King" or "Prince" => Gender.Male,
        "Mrs" or "Ms" or "Miss" or "Dame" or "Lady" or "Queen" or "Princess" => Gender.Female,
        _ => Gender.Unknown,
    };
}

/// <summary>What is known of a person's gender from the article itself.</summary>
internal enum Gender
{
    Unknown,
    Male,
    Female,
}
