using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities.Organizations;
using NewsGen.Extraction.Entities.Places;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Lexicon;

/// <summary>
/// Every <see cref="WordClass"/> of a word in one look-up: a new capitalized word is asked about up to ten lists
/// (stop word, honorific, title, head word …), each a hash of its own. Built once per process from the lists
/// themselves, which stay their one home; each list keeps its case rule (any case or as written).
/// </summary>
internal static class WordTable
{
    /// <summary>
    /// Keyed in any case; a word's forms from the lists that match as written are kept in its entry. Looked up in
    /// place, so a token asked only about its classes is never cut out of its text.
    /// </summary>
    private static readonly TextRangeMap<Entry> Entries = Build();

    /// <summary>The classes of <paramref name="word"/>, <see cref="WordClass.None"/> for a word in no list.</summary>
    public static WordClass Of(string word) => Of(word, 0, word.Length);

    /// <summary>The classes of the word <c>text[start..start+length)</c>, <see cref="WordClass.None"/> for a word in no list.</summary>
    public static WordClass Of(string text, int start, int length)
    {
        if (!Entries.TryGetValue(text, start, length, out var entry))
        {
            return WordClass.None;
        }

        var classes = entry.AnyCase;
        foreach (var form in entry.AsWritten)
        {
            if (form.Text.Length == length && string.CompareOrdinal(text, start, form.Text, 0, length) == 0)
            {
                classes |= form.Classes;
            }
        }

        return classes;
    }

    private static TextRangeMap<Entry> Build()
    {
        var entries = new TextRangeMap<Entry>(ignoreCase: true);
        AddAnyCase(entries, WordLists.Honorifics, WordClass.Honorific);
        AddAnyCase(entries, WordLists.PersonTitles, WordClass.PersonTitle);
        foreach (var title in WordLists.PersonTitles)
        {
            EntryOf(entries, title + "s").AnyCase |= WordClass.PersonTitlePlural;
        }

        AddAnyCase(entries, WordLists.RoleModifiers, WordClass.RoleModifier);
        AddAnyCase(entries, WordLists.MediaNouns, WordClass.MediaNoun);
        AddAsWritten(entries, WordLists.NameParticles, WordClass.NameParticle);
        AddAsWritten(entries, WordLists.CalendarWords, WordClass.CalendarWord);
        AddAsWritten(entries, WordLists.StopWords, WordClass.StopWord);
        AddAsWritten(entries, WordLists.OrganizationHeads, WordClass.OrganizationHead);
        AddAsWritten(entries, WordLists.ThingHeads, WordClass.ThingHead);
        AddAsWritten(entries, WordLists.PublicationHeads, WordClass.PublicationHead);
        AddAsWritten(entries, WordLists.AffiliationNouns, WordClass.AffiliationNoun);
        AddAsWritten(entries, PlaceHeads.Words, WordClass.PlaceHead);
        AddAsWritten(entries, KnownOrganizations.Surfaces, WordClass.KnownOrganization);
        AddAsWritten(entries, Gazetteer.Demonyms, WordClass.Demonym);
        return entries;
    }

    private static void AddAnyCase(TextRangeMap<Entry> entries, IEnumerable<string> words, WordClass wordClass)
    {
        foreach (var word in words)
        {
            EntryOf(entries, word).AnyCase |= wordClass;
        }
    }

    private static void AddAsWritten(TextRangeMap<Entry> entries, IEnumerable<string> words, WordClass wordClass)
    {
        foreach (var word in words)
        {
            var forms = EntryOf(entries, word).AsWritten;
            var form = forms.Find(f => string.Equals(f.Text, word, StringComparison.Ordinal));
            if (form is null)
            {
                forms.Add(form = new Form(word));
            }

            form.Classes |= wordClass;
        }
    }

    private static Entry EntryOf(TextRangeMap<Entry> entries, string word) => entries.GetOrAdd(word, static () => new Entry());

    private sealed class Entry
    {
        public WordClass AnyCase { get; set; }

        public List<Form> AsWritten { get; } = new(1);
    }

    private sealed class Form(string text)
    {
        public string Text { get; } = text;

        public WordClass Classes { get; set; }
    }
}
