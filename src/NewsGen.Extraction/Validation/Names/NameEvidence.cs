using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities.Lexicon;

namespace NewsGen.Extraction.Validation.Names;

/// <summary>
/// What the written forms say about two close spellings beyond their letters: a spelling that is an ordinary English
/// word ("Honey" next to "Haney") is a misread name rather than a misspelling, and two spellings written with
/// given names that share no initial ("C Marwick", "Alan Marwicke") belong to two people.
/// </summary>
public static class NameEvidence
{
    /// <summary>True when the forms suggest two different names rather than one name misspelled.</summary>
    public static bool SuggestsDifferentNames(IEnumerable<string> forms, string a, string b)
    {
        if (WordLists.CommonWords.Contains(a) || WordLists.CommonWords.Contains(b))
        {
            return true;
        }

        var list = forms as IReadOnlyCollection<string> ?? forms.ToList();
        var initialsA = GivenInitials(list, a);
        var initialsB = GivenInitials(list, b);
        return initialsA.Count > 0 && initialsB.Count > 0 && !initialsA.Overlaps(initialsB);
    }

    /// <summary>The first letters of the given and middle names written before <paramref name="surname"/> (titles skipped).</summary>
    private static HashSet<char> GivenInitials(IEnumerable<string> forms, string surname)
    {
        var initials = new HashSet<char>();
        foreach (var form in forms)
        {
            var words = form.Split([' '], StringSplitOptions.RemoveEmptyEntries);
            var at = -1;
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = words[i].TrimEnd('.', ',');
                if (string.Equals(words[i], surname, StringComparison.Ordinal))
                {
                    at = i;
                }
            }

            for (var i = 0; i < at; i++)
            {
                var given = words[i];
                if (given.Length > 0 && char.IsUpper(given[0]) && !IsTitle(given))
                {
                    initials.Add(given[0]);
                }
            }
        }

        return initials;
    }

    private static bool IsTitle(string word) => WordLists.Honorifics.Contains(word) || WordLists.IsTitle(word);
}
