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
        var bareNames = new HashSet<string>(forms.Where(f => f.Words.Count == 2).Select(f => f.Text), StringComparer.Ordinal);
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
            else if (!IsEpithetBeforeGivenName(form, forms))
            {
                cleaned.Add(form);
            }
        }

        return cleaned;
    }

    private static bool IsEpithetBeforeGivenName(PersonForm form, List<PersonForm> forms) =>
        form.Words.Count == 2
        && forms.Any(f => f != form && f.IsFull && f.GivenName == form.Surname)
        && !forms.Any(f => f != form && f.Surname == form.Surname);

    private static PersonForm WithoutFirstWord(PersonForm form)
    {
        var mention = form.Mention;
        var offset = mention.Text.IndexOf(form.Words[1], form.Words[0].Length, StringComparison.Ordinal);
        var trimmed = new PersonForm(form.Words.Skip(1).ToList(), new Mention(mention.Paragraph, mention.Start + offset, mention.Length - offset, mention.Text.Substring(offset)));
        trimmed.Roles.AddRange(form.Roles);
        return trimmed;
    }
}
