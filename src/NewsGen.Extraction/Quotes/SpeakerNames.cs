using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// The names by which the people and organizations of an article can be recognized in its text: canonical names,
/// aliases, those without a leading title, and a person's surname when no other person shares it.
/// </summary>
internal sealed class SpeakerNames
{
    private readonly Dictionary<string, List<NameForm>> _byFirstWord = new(StringComparer.Ordinal);

    private SpeakerNames()
    {
    }

    public static SpeakerNames From(EntitySet entities)
    {
        var forms = new List<NameForm>();
        foreach (var person in entities.People)
        {
            var speaker = new EntityRef(EntityKind.Person, person.Id, person.Name);
            AddForms(forms, speaker, person.Name, person.Aliases);
            var words = WordsOf(person.Name);
            if (words.Length > 1)
            {
                forms.Add(new NameForm(new[] { words[words.Length - 1] }, speaker, isSurname: true));
            }
        }

        foreach (var organization in entities.Organizations)
        {
            AddForms(forms, new EntityRef(EntityKind.Organization, organization.Id, organization.Name), organization.Name, organization.Aliases);
        }

        var names = new SpeakerNames();
        foreach (var group in forms.GroupBy(f => string.Join(" ", f.Words)))
        {
            var owners = group.Select(f => f.Speaker).Distinct().ToList();
            var explicitOwners = group.Where(f => !f.IsSurname).Select(f => f.Speaker).Distinct().ToList();
            var owner = owners.Count == 1 ? owners[0] : explicitOwners.Count == 1 ? explicitOwners[0] : null;
            if (owner is null)
            {
                continue;
            }

            var form = group.First(f => f.Speaker == owner);
            if (!names._byFirstWord.TryGetValue(form.Words[0], out var list))
            {
                list = new List<NameForm>();
                names._byFirstWord.Add(form.Words[0], list);
            }

            list.Add(form);
        }

        foreach (var list in names._byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        return names;
    }

    /// <summary>Every name of a known person or organization in the paragraph, longest match first, left to right.</summary>
    public List<NameMention> FindIn(ParagraphWords paragraph)
    {
        var mentions = new List<NameMention>();
        var tokens = paragraph.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || !_byFirstWord.TryGetValue(Tokenizer.Normalize(paragraph[t]), out var forms))
            {
                continue;
            }

            foreach (var form in forms)
            {
                var last = MatchEnd(paragraph, t, form.Words);
                if (last >= 0)
                {
                    var possessive = !string.Equals(Tokenizer.Normalize(paragraph[last]), paragraph[last].Replace('\u2019', '\''), StringComparison.Ordinal);
                    mentions.Add(new NameMention(paragraph.Position, t, last, form.Speaker) { IsPossessive = possessive });
                    t = last;
                    break;
                }
            }
        }

        return mentions;
    }

    /// <summary>The last token of <paramref name="words"/> matched from token <paramref name="t"/>, or -1.</summary>
    private static int MatchEnd(ParagraphWords paragraph, int t, string[] words)
    {
        var current = t;
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                current++;
                while (paragraph.IsPunctuation(current, '.'))
                {
                    current++;
                }
            }

            if (!paragraph.IsWord(current))
            {
                return -1;
            }

            var word = w == words.Length - 1 ? Tokenizer.Normalize(paragraph[current]) : paragraph[current].Replace('\u2019', '\'');
            if (!string.Equals(word, words[w], StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return current;
    }

    private static void AddForms(List<NameForm> forms, EntityRef speaker, string name, EquatableArray<string> aliases)
    {
        foreach (var text in new[] { name }.Concat(aliases))
        {
            var words = WordsOf(text);
            if (words.Length == 0)
            {
                continue;
            }

            forms.Add(new NameForm(words, speaker, isSurname: false));
            var untitled = words.SkipWhile(w => WordLists.PeriodAbbreviations.Contains(w)).ToArray();
            if (untitled.Length > 0 && untitled.Length < words.Length)
            {
                forms.Add(new NameForm(untitled, speaker, isSurname: false));
            }
        }
    }

    private static string[] WordsOf(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        return tokens.Where(t => t.IsWord)
            .Select(t => Tokenizer.Normalize(name.Substring(t.Start, t.End - t.Start)))
            .ToArray();
    }

    private sealed class NameForm
    {
        public NameForm(string[] words, EntityRef speaker, bool isSurname)
        {
            Words = words;
            Speaker = speaker;
            IsSurname = isSurname;
        }

        public string[] Words { get; }

        public EntityRef Speaker { get; }

        public bool IsSurname { get; }
    }
}

/// <summary>A name of a known person or organization at tokens <see cref="First"/>..<see cref="Last"/> of a paragraph.</summary>
internal sealed class NameMention
{
    public NameMention(int paragraph, int first, int last, EntityRef speaker)
    {
        Paragraph = paragraph;
        First = first;
        Last = last;
        Speaker = speaker;
    }

    /// <summary>Position of the paragraph in the article's paragraph list.</summary>
    public int Paragraph { get; }

    public int First { get; }

    public int Last { get; }

    public EntityRef Speaker { get; }

    public bool IsPerson => Speaker.Kind == EntityKind.Person;

    /// <summary>The name carries a possessive (“Clinton’s campaign”): it modifies a noun rather than naming the subject.</summary>
    public bool IsPossessive { get; init; }

    /// <summary>Set once quotations are known: a name inside a quotation is not what a pronoun outside refers to.</summary>
    public bool InsideQuote { get; set; }
}
