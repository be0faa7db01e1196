using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Removes epithets the article puts before a name it also uses bare: "Rival Hillary Clinton" becomes
/// "Hillary Clinton" when "Hillary Clinton" appears alone, and "Crooked Hillary" (a word before a known given
/// name) is no name at all; a word before a surname that opens the title ("Rookie Okafor wins") describes the
/// person the body names in full.
/// </summary>
internal static class FormCleanup
{
    public static List<PersonForm> DropEpithets(List<PersonForm> forms)
    {
        // Counted only when a form may carry an epithet: most forms start with a listed given name or are a lone surname.
        FormCounts? counts = null;
        var cleaned = new List<PersonForm>(forms.Count);
        foreach (var form in forms)
        {
            if (form.Words.Count is not (2 or 3) || WordLists.GivenNames.Contains(form.Words[0]))
            {
                cleaned.Add(form);
                continue;
            }

            if (IsHeadlineDescriptor(form, forms))
            {
                cleaned.Add(WithoutFirstWord(form));
                continue;
            }

            counts ??= new FormCounts(forms);
            if (form.Words.Count == 3 && counts.BareNames.Contains(form.Words[1] + " " + form.Words[2]))
            {
                cleaned.Add(WithoutFirstWord(form));
            }
            else if (!IsEpithetBeforeGivenName(form, counts))
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
    private static bool IsEpithetBeforeGivenName(PersonForm form, FormCounts counts) =>
        form.Words.Count == 2
        && counts.FullGivenNames.TryGetValue(form.Surname, out var given) && given - (form.IsFull && form.GivenName == form.Surname ? 1 : 0) > 0
        && counts.Surnames[form.Surname] == 1;

    /// <summary>
    /// "Rookie Okafor wins": a headline names a person by surname after a word that describes them, and the body
    /// names them in full ("Ruth Okafor"). A two-word form opening the title whose first word is no given name and
    /// whose surname ends a full name of the article that starts with a given name is that surname. Few forms open a
    /// title, so scanning the forms for each is linear.
    /// </summary>
    private static bool IsHeadlineDescriptor(PersonForm form, List<PersonForm> forms)
    {
        if (form.Words.Count != 2 || !form.OpensSentence || form.Mention.Paragraph != SegmentReader.TitleParagraph)
        {
            return false;
        }

        foreach (var other in forms)
        {
            if (other.IsFull && other.Surname == form.Surname && WordLists.GivenNames.Contains(other.GivenName))
            {
                return true;
            }
        }

        return false;
    }

    private static void CountIn(Dictionary<string, int> counts, string word) =>
        counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1;

    /// <summary>The two-word names, given names of full forms and surnames of an article's forms, counted once so that each form is judged without reading all the others.</summary>
    private sealed class FormCounts
    {
        public FormCounts(List<PersonForm> forms)
        {
            FullGivenNames = new Dictionary<string, int>(forms.Count, StringComparer.Ordinal);
            Surnames = new Dictionary<string, int>(forms.Count, StringComparer.Ordinal);
            foreach (var form in forms)
            {
                if (form.Words.Count == 2)
                {
                    BareNames.Add(form.Text);
                }

                if (form.IsFull)
                {
                    CountIn(FullGivenNames, form.GivenName);
                }

                CountIn(Surnames, form.Surname);
            }
        }

        public HashSet<string> BareNames { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> FullGivenNames { get; }

        public Dictionary<string, int> Surnames { get; }
    }

    private static PersonForm WithoutFirstWord(PersonForm form)
    {
        var mention = form.Mention;
        var offset = mention.Text.IndexOf(form.Words[1], form.Words[0].Length, StringComparison.Ordinal);
        var trimmed = new PersonForm(form.Words.Skip(1).ToList(), new Mention(mention.Paragraph, mention.Start + offset, mention.Length - offset, mention.Text.Substring(offset)));
        for (var i = 0; i < form.Roles.Count; i++)
        {
            trimmed.AddRole(form.Roles[i]);
        }

        return trimmed;
    }
}
