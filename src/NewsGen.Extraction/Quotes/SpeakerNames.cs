using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// The names by which the people and organizations of an article can be recognized in its text: canonical names,
/// aliases, those without a leading title, and a person's surname.
/// </summary>
internal sealed class SpeakerNames
{
    private readonly Dictionary<string, List<NameForm>> _byFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityRef, int> _lastNamedInFull = new();
    private int _fullMentions;

    /// <summary>Whether some name starts in lowercase (“de Blasio”); if not, lowercase words need no lookup.</summary>
    private bool _anyLowercaseName;

    private SpeakerNames()
    {
    }

    public static SpeakerNames From(EntitySet entities)
    {
        var forms = new Dictionary<string, NameForm>(StringComparer.Ordinal);
        foreach (var person in entities.People)
        {
            var speaker = new EntityRef(EntityKind.Person, person.Id, person.Name);
            AddForms(forms, speaker, person.Name, person.Aliases);
            var words = WordsOf(person.Name);
            if (words.Length > 1)
            {
                Add(forms, new[] { words[words.Length - 1] }, speaker, isSurname: true);
            }
        }

        foreach (var organization in entities.Organizations)
        {
            AddForms(forms, new EntityRef(EntityKind.Organization, organization.Id, organization.Name), organization.Name, organization.Aliases);
        }

        var names = new SpeakerNames();
        foreach (var form in forms.Values)
        {
            if (!names._byFirstWord.TryGetValue(form.Words[0], out var list))
            {
                list = new List<NameForm>();
                names._byFirstWord.Add(form.Words[0], list);
            }

            list.Add(form);
        }

        foreach (var pair in names._byFirstWord)
        {
            pair.Value.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            names._anyLowercaseName |= char.IsLower(pair.Key[0]);
        }

        return names;
    }

    /// <summary>
    /// Every name of a known person or organization in the paragraph, longest match first, left to right. Call in
    /// reading order: a name several entities share (the surname of a family) goes to the one last named in full.
    /// </summary>
    public List<NameMention> FindIn(ParagraphWords paragraph)
    {
        var mentions = new List<NameMention>();
        var tokens = paragraph.Tokens;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || (char.IsLower(paragraph.FirstChar(t)) && !_anyLowercaseName)
                || !_byFirstWord.TryGetValue(Tokenizer.Normalize(paragraph[t]), out var forms))
            {
                continue;
            }

            foreach (var form in forms)
            {
                var last = MatchEnd(paragraph, t, form.Words);
                if (last >= 0)
                {
                    var speaker = Owner(form);
                    var possessive = !string.Equals(Tokenizer.Normalize(paragraph[last]), paragraph[last].Replace('\u2019', '\''), StringComparison.Ordinal);
                    mentions.Add(new NameMention(paragraph.Position, t, last, speaker)
                    {
                        IsPossessive = possessive,
                        Sentence = paragraph.SentenceOf(t),
                        AfterPreposition = paragraph.IsWord(t - 1) && FunctionWords.Prepositions.Contains(paragraph[t - 1]),
                    });
                    if (form.Words.Length > 1)
                    {
                        _lastNamedInFull[speaker] = ++_fullMentions;
                    }

                    t = last;
                    break;
                }
            }
        }

        return mentions;
    }

    private EntityRef Owner(NameForm form)
    {
        var owner = form.Owners[0];
        var latest = 0;
        foreach (var candidate in form.Owners)
        {
            if (_lastNamedInFull.TryGetValue(candidate, out var when) && when > latest)
            {
                owner = candidate;
                latest = when;
            }
        }

        return owner;
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

    private static void AddForms(Dictionary<string, NameForm> forms, EntityRef speaker, string name, EquatableArray<string> aliases)
    {
        AddForm(forms, speaker, name);
        foreach (var alias in aliases)
        {
            AddForm(forms, speaker, alias);
        }
    }

    /// <summary>A name as written, and without its leading titles (“Gen. Curtis Scaparrotti” → “Curtis Scaparrotti”).</summary>
    private static void AddForm(Dictionary<string, NameForm> forms, EntityRef speaker, string name)
    {
        var words = WordsOf(name);
        if (words.Length == 0)
        {
            return;
        }

        Add(forms, words, speaker, isSurname: false);
        var titles = 0;
        while (titles < words.Length && WordLists.PeriodAbbreviations.Contains(words[titles]))
        {
            titles++;
        }

        if (titles > 0 && titles < words.Length)
        {
            var untitled = new string[words.Length - titles];
            Array.Copy(words, titles, untitled, 0, untitled.Length);
            Add(forms, untitled, speaker, isSurname: false);
        }
    }

    /// <summary>Records who a name may stand for; a surname only counts when no alias of anyone claims the same words.</summary>
    private static void Add(Dictionary<string, NameForm> forms, string[] words, EntityRef speaker, bool isSurname)
    {
        var key = string.Join(" ", words);
        if (!forms.TryGetValue(key, out var form))
        {
            form = new NameForm(words);
            forms.Add(key, form);
        }

        form.Add(speaker, isSurname);
    }

    private static string[] WordsOf(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        var words = new List<string>(tokens.Length);
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                words.Add(Tokenizer.Normalize(name.Substring(token.Start, token.End - token.Start)));
            }
        }

        return words.ToArray();
    }

    /// <summary>A name and the entities it may stand for, in entity order.</summary>
    private sealed class NameForm
    {
        private readonly List<EntityRef> _named = new(1);
        private readonly List<EntityRef> _surnamed = new(1);

        public NameForm(string[] words) => Words = words;

        public string[] Words { get; }

        /// <summary>Those who bear the name as a name or alias, else those whose surname it is.</summary>
        public List<EntityRef> Owners => _named.Count > 0 ? _named : _surnamed;

        public void Add(EntityRef speaker, bool isSurname)
        {
            var owners = isSurname ? _surnamed : _named;
            if (!owners.Contains(speaker))
            {
                owners.Add(speaker);
            }
        }
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

    /// <summary>The number of the sentence in its paragraph.</summary>
    public int Sentence { get; init; }

    /// <summary>Not after a preposition: the name may be its sentence's subject.</summary>
    public bool AfterPreposition { get; init; }
}
