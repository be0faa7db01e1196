using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Removes epithets the article puts before a name it also uses bare: "Rival Hillary Clinton" becomes
/// "Hillary Clinton" when "Hillary Clinton" appears alone, and "Crooked Hillary" (a word before a known given
/// name) is no name at all.
/// </summary>
internal static class FormCleanup
{
    public static List<PersonForm> DropEpithets(List<PersonForm> forms)
    {
        var bareNames = new HashSet<string>(StringComparer.Ordinal);
        // Counted once, so that each form is judged without reading all the others.
        var fullGivenNames = new Dictionary<string, int>(forms.Count, StringComparer.Ordinal);
        var surnames = new Dictionary<string, int>(forms.Count, StringComparer.Ordinal);
        foreach (var form in forms)
        {
            if (form.Words.Count == 2)
            {
                bareNames.Add(form.Text);
            }

            if (form.IsFull)
            {
                CountIn(fullGivenNames, form.GivenName);
            }

            CountIn(surnames, form.Surname);
        }

        var cleaned = new List<PersonForm>(forms.Count);
        foreach (var form in forms)
        {
            var epithet = form.Words[0];
            if (WordLists.GivenNames.Contains(epithet))
            {
                cleaned.Add(form);
            }
            else if (form.Words.Count == 3 && bareNames.Contains(form.Words[1] + " " + form.Words[2]))
            {
                cleaned.Add(WithoutFirstWord(form));
            }
            else if (!IsEpithetBeforeGivenName(form, fullGivenNames, surnames))
            {
                cleaned.Add(form);
            }
        }

        return cleaned;
    }

    /// <summary>
    /// A two-word form whose second word is the given name of another full form, and whose surname no other form
    /// has. The counts include <paramref name="form"/> itself, which is taken off.
    /// </summary>
    private static bool IsEpithetBeforeGivenName(PersonForm form, Dictionary<string, int> fullGivenNames, Dictionary<string, int> surnames) =>
        form.Words.Count == 2
        && fullGivenNames.TryGetValue(form.Surname, out var given) && given - (form.IsFull && form.GivenName == form.Surname ? 1 : 0) > 0
        && surnames[form.Surname] == 1;

    private static void CountIn(Dictionary<string, int> counts, string word) =>
        counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1;

    private static PersonForm WithoutFirstWord(PersonForm form)
    {
        var mention = form.Mention;
        var offset = mention.Text.IndexOf(form.Words[1], form.Words[0].Length, StringComparison.Ordinal);
        var trimmed = new PersonForm(form.Words.Skip(1).ToList(), new Mention(mention.Paragraph, mention.Start + offset, mention.Length - offset, mention.Text.Substring(offset)));
        trimmed.Roles.AddRange(form.Roles);
        return trimmed;
    }
}
