using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Removes epithets the article puts before a name it also uses bare: "Rival Delphine Arbogast" becomes
/// "Delphine Arbogast" when "Delphine Arbogast" appears alone, and "Sneaky Delphine" (a word before a known given
/// name) is no name at all; a word before a surname that opens the title ("Rookie Okafor wins") or a sentence
/// describes the person the article names in full; and a two-word name after an article ("the Ann Lee case") is a
/// person only when the article also names them without one.
/// </summary>
internal static class FormCleanup
{
    public static List<PersonForm> DropEpithets(List<PersonForm> forms)
    {
        // Counted only when a form may carry an epithet: most forms start with a listed given name or are a lone surname.
        FormCounts? counts = null;
        HashSet<string>? fullSurnames = null;
        HashSet<string>? plainSurnames = null;
        var cleaned = new List<PersonForm>(forms.Count);
        foreach (var form in forms)
        {
            if (form.AfterThingMarker)
            {
                // "the Ann Lee case" names a person only if the article also names them without an article; longer
                // runs after an article are names of things ("the East Harbour Sailing Club").
                plainSurnames ??= SurnamesOf(forms, static f => !f.AfterThingMarker);
                if (form.Words.Count != 2 || !plainSurnames.Contains(form.Surname))
                {
                    continue;
                }
            }

            if (form.Words.Count is not (2 or 3) || WordLists.GivenNames.Contains(form.Words[0]))
            {
                cleaned.Add(form);
                continue;
            }

            if (MayBeDescribedSurname(form))
            {
                // Listed at the first such form, which few articles have.
                fullSurnames ??= SurnamesOf(forms, static f => f.IsFull && WordLists.GivenNames.Contains(f.GivenName));
                if (fullSurnames.Contains(form.Surname))
                {
                    cleaned.Add(WithoutFirstWord(form));
                    continue;
                }
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
    /// "Rookie Okafor wins", "Sharpshooter Okafor scored": a headline, or a sentence that opens with a noun for
    /// someone who does something, names a person by surname after a word that describes them, while the article
    /// names them in full ("Ruth Okafor"). Such a two-word form (its first word no given name) whose surname ends a
    /// full name of the article that starts with a given name is that surname.
    /// </summary>
    private static bool MayBeDescribedSurname(PersonForm form) =>
        form.Words.Count == 2 && form.OpensSentence
        && (form.Mention.Paragraph == SegmentReader.TitleParagraph || NameWords.IsAgentNoun(form.GivenName));

    /// <summary>The surnames of the forms <paramref name="counts"/> takes.</summary>
    private static HashSet<string> SurnamesOf(List<PersonForm> forms, Func<PersonForm, bool> counts)
    {
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            if (counts(form))
            {
                surnames.Add(form.Surname);
            }
        }

        return surnames;
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
