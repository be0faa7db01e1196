using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// The names by which the people and organizations of an article can be recognized in its text: canonical names,
/// aliases, those without a leading title, and a person's surname.
/// </summary>
internal sealed class SpeakerNames
{
    /// <summary>
    /// The names as trees of words, one per first word, so a paragraph is matched in one pass however many names share
    /// a first word. The first words are kept by hash (<see cref="StableHash"/>, modulo the table's length, a power of
    /// two), those of one slot chained through <see cref="NameNode.Sibling"/>: a word whose slot is empty starts no
    /// name and is never cut out. One array for the article instead of a dictionary and an entry per word.
    /// </summary>
    private readonly NameNode?[] _firstWords;

    /// <summary>Everyone the names stand for, one object each, which keeps when it was last named in full.</summary>
    private readonly List<Speaker> _speakers;

    private int _fullMentions;

    /// <summary>Whether some name starts in lowercase (“de Vrieske”); if not, lowercase words need no lookup.</summary>
    private bool _anyLowercaseName;

    /// <summary>Names of <paramref name="people"/> and <paramref name="organizations"/>, with tables sized once instead of grown.</summary>
    private SpeakerNames(int people, int organizations)
    {
        // A person's name and surname, an organization's name, start a name; aliases are few. Twice as many slots as
        // first words leave most words that start no name an empty slot.
        var slots = 16;
        while (slots < 2 * ((2 * people) + organizations))
        {
            slots *= 2;
        }

        _firstWords = new NameNode?[slots];
        _speakers = new List<Speaker>(people + organizations);
    }

    public static SpeakerNames From(EntitySet entities)
    {
        var names = new SpeakerNames(entities.People.Count, entities.Organizations.Count);
        foreach (var person in entities.People)
        {
            var speaker = names.NewSpeaker(new EntityRef(EntityKind.Person, person.Id, person.Name));
            var words = names.AddForms(speaker, person.Name, person.Aliases);
            if (words.Length > 1)
            {
                names.Add(words, words.Length - 1, speaker, isSurname: true);
            }
        }

        foreach (var organization in entities.Organizations)
        {
            names.AddForms(names.NewSpeaker(new EntityRef(EntityKind.Organization, organization.Id, organization.Name)), organization.Name, organization.Aliases);
        }

        return names;
    }

    private Speaker NewSpeaker(EntityRef entity)
    {
        var speaker = new Speaker(entity);
        _speakers.Add(speaker);
        return speaker;
    }

    /// <summary>Forgets who was named in full so far, so the same names read the article again from its start.</summary>
    public void Restart()
    {
        foreach (var speaker in _speakers)
        {
            speaker.LastNamedInFull = 0;
        }

        _fullMentions = 0;
    }

    /// <summary>
    /// Every name of a known person or organization in the paragraph, longest match first, left to right. Call in
    /// reading order: a name several entities share (the surname of a family) goes to the one last named in full.
    /// With the <paramref name="genders"/> of people known so far, a name several people share after a gendered
    /// honorific (“Mrs Kowal”) goes to one known to be of that gender, else to one not known to be of the other.
    /// </summary>
    public List<NameMention> FindIn(ParagraphWords paragraph, PersonGenders? genders)
    {
        var mentions = new List<NameMention>();
        var tokens = paragraph.Tokens;

        // The sentence of each name, counted on the way rather than from a table per token, which a paragraph that
        // attribution never reads need not have.
        var sentence = 0;
        var counted = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsWord || (char.IsLower(paragraph.FirstChar(t)) && !_anyLowercaseName) || StartsNoName(paragraph.Text, tokens[t]))
            {
                continue;
            }

            var (form, last) = LongestMatch(paragraph, t);
            if (form is null)
            {
                continue;
            }

            var next = last + 1;
            if (paragraph.IsWord(next) && Entities.Lexicon.WordLists.IsGenerationSuffix(paragraph.Text, paragraph.Tokens[next].Start, paragraph.Tokens[next].WrittenLength))
            {
                last++;
            }

            var speaker = Owner(form, genders is null ? Gender.Unknown : HonorificBefore(paragraph, t), genders);
            var possessive = Tokenizer.EndsInPossessive(paragraph.Text, paragraph.Tokens[last].Start, paragraph.Tokens[last].WrittenLength);
            for (; counted < t; counted++)
            {
                sentence += paragraph.EndsSentence(counted) ? 1 : 0;
            }

            mentions.Add(new NameMention(paragraph.Position, t, last, speaker.Entity)
            {
                IsPossessive = possessive,
                IsShared = form.Owners.Length > 1,
                Sentence = sentence,
                AfterPreposition = paragraph.IsIn(t - 1, FunctionWords.Prepositions),
            });
            if (form.WordCount > 1)
            {
                speaker.LastNamedInFull = ++_fullMentions;
            }

            t = last;
        }

        return mentions;
    }

    /// <summary>
    /// Whether <paramref name="token"/> certainly starts no name: written without a curly apostrophe or a possessive,
    /// it is read as it stands (<see cref="LongestMatch"/>), and no first word of a name has its slot.
    /// </summary>
    private bool StartsNoName(string text, Token token)
    {
        if (text.IndexOf('\u2019', token.Start, token.WrittenLength) >= 0
            || (token.WrittenLength > 2 && text[token.WrittenEnd - 2] == '\'' && text[token.WrittenEnd - 1] == 's'))
        {
            return false;
        }

        return _firstWords[Slot(text, token.Start, token.WrittenLength)] is null;
    }

    /// <summary>The slot of <see cref="_firstWords"/> where the word <c>text[start..start+length)</c> would be.</summary>
    private int Slot(string text, int start, int length) => (int)(StableHash.Of(text, start, length) & (uint)(_firstWords.Length - 1));

    /// <summary>The node the word <c>text[start..start+length)</c> leads to from <paramref name="node"/> (from none: a first word), compared in place.</summary>
    private NameNode? Next(NameNode? node, string text, int start, int length) =>
        NameNode.Find(node is null ? _firstWords[Slot(text, start, length)] : node.FirstChild, text, start, length);

    /// <summary>
    /// The longest name starting at token <paramref name="t"/> and its last token: its words as written (periods
    /// between them skipped), the last one without a possessive. Words are compared in place; only a word with a
    /// curly apostrophe is cut out, to read it with a straight one.
    /// </summary>
    private (NameForm? Form, int Last) LongestMatch(ParagraphWords paragraph, int t)
    {
        NameForm? found = null;
        var foundLast = -1;
        NameNode? node = null;
        var current = t;
        while (true)
        {
            var (text, start, length) = Unified(paragraph, current);
            if (Tokenizer.EndsInPossessive(text, start, length) && Next(node, text, start, length - 2) is { Form: { } last })
            {
                found = last;
                foundLast = current;
            }

            node = Next(node, text, start, length);
            if (node is null)
            {
                break;
            }

            if (node.Form is not null)
            {
                found = node.Form;
                foundLast = current;
            }

            current++;
            while (paragraph.IsPunctuation(current, '.'))
            {
                current++;
            }

            if (!paragraph.IsWord(current))
            {
                break;
            }
        }

        return (found, foundLast);
    }

    /// <summary>Where the word of token <paramref name="t"/> is written with straight apostrophes, as names are stored.</summary>
    private static (string Text, int Start, int Length) Unified(ParagraphWords paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        if (paragraph.Text.IndexOf('\u2019', token.Start, token.WrittenLength) < 0)
        {
            return (paragraph.Text, token.Start, token.WrittenLength);
        }

        var word = paragraph[t].Replace('\u2019', '\'');
        return (word, 0, word.Length);
    }

    private static Speaker Owner(NameForm form, Gender honorific, PersonGenders? genders)
    {
        var owner = form.Owners[0];
        var best = (Fit: -1, When: -1);
        foreach (var candidate in form.Owners)
        {
            var fit = 0;
            var gender = honorific == Gender.Unknown ? Gender.Unknown : genders!.Of(candidate.Entity.Id);
            if (gender != Gender.Unknown)
            {
                fit = gender == honorific ? 1 : -2;
            }

            var when = candidate.LastNamedInFull;
            if (fit > best.Fit || (fit == best.Fit && when > best.When))
            {
                owner = candidate;
                best = (fit, when);
            }
        }

        return owner;
    }

    /// <summary>
    /// Whether token <paramref name="t"/> is, in any case, a listed honorific or person title, the only words that tell
    /// a gender: asked of the word table in place, as most words before a name are none.
    /// </summary>
    private static bool IsHonorificOrTitle(ParagraphWords paragraph, int t) =>
        paragraph.IsWord(t)
        && (WordTable.Of(paragraph.Text, paragraph.Tokens[t].Start, paragraph.Tokens[t].WrittenLength) & (WordClass.Honorific | WordClass.PersonTitle)) != 0;

    /// <summary>The gender an honorific right before token <paramref name="first"/> implies (“Mrs.”, “Mr”).</summary>
    public static Gender HonorificBefore(ParagraphWords paragraph, int first)
    {
        var t = paragraph.IsPunctuation(first - 1, '.') ? first - 2 : first - 1;
        return IsHonorificOrTitle(paragraph, t) ? Pronouns.GenderOfHonorific(paragraph[t]) : Gender.Unknown;
    }

    /// <summary>Adds the forms of a name and its aliases; returns the words of the name.</summary>
    private string[] AddForms(Speaker speaker, string name, EquatableArray<string> aliases)
    {
        var words = AddForm(speaker, name);
        for (var i = 0; i < aliases.Count; i++)
        {
            AddForm(speaker, aliases[i]);
        }

        return words;
    }

    /// <summary>A name as written, and without its leading titles (“Gen. Mary Lindqvist” → “Mary Lindqvist”).</summary>
    private string[] AddForm(Speaker speaker, string name)
    {
        var words = WordsOf(name);
        if (words.Length == 0)
        {
            return words;
        }

        Add(words, 0, speaker, isSurname: false);
        var titles = 0;
        while (titles < words.Length && Lexicon.IsAbbreviation(words[titles]))
        {
            titles++;
        }

        if (titles > 0 && titles < words.Length)
        {
            Add(words, titles, speaker, isSurname: false);
        }

        return words;
    }

    /// <summary>
    /// Records who the name of <paramref name="words"/> from word <paramref name="first"/> on may stand for, in the tree
    /// of its words, which is also where the same words met again find their form; a surname only counts when no
    /// alias of anyone claims the same words.
    /// </summary>
    private void Add(string[] words, int first, Speaker speaker, bool isSurname)
    {
        var node = NameNode.Child(ref _firstWords[Slot(words[first], 0, words[first].Length)], words[first]);
        for (var i = first + 1; i < words.Length; i++)
        {
            node = NameNode.Child(ref node.FirstChild, words[i]);
        }

        if (node.Form is null)
        {
            node.Form = new NameForm(words.Length - first);
            _anyLowercaseName |= char.IsLower(words[first][0]);
        }

        node.Form.Add(speaker, isSurname);
    }

    private static string[] WordsOf(string name)
    {
        var words = Tokenizer.Words(name, TokenPolicy.Clauses);
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = Tokenizer.Normalize(words[i]);
        }

        return words;
    }

    /// <summary>A word of a name and the words that may follow it; the name ending here, if any.</summary>
    private sealed class NameNode(string word)
    {
        /// <summary>The first of the words that may follow this one, the others chained through their <see cref="Sibling"/>.</summary>
        public NameNode? FirstChild;

        /// <summary>The next word that may follow the same word as this one (or, for a first word, that shares its slot).</summary>
        public NameNode? Sibling;

        public string Word { get; } = word;

        public NameForm? Form { get; set; }

        /// <summary>
        /// The node of the word <c>text[start..start+length)</c> among <paramref name="node"/> and its siblings, compared
        /// in place: most words of a name have one word after them, and a slot of first words holds one or two.
        /// </summary>
        public static NameNode? Find(NameNode? node, string text, int start, int length)
        {
            for (; node is not null; node = node.Sibling)
            {
                if (node.Word.Length == length && string.CompareOrdinal(text, start, node.Word, 0, length) == 0)
                {
                    return node;
                }
            }

            return null;
        }

        /// <summary>The node of <paramref name="word"/> among <paramref name="first"/> and its siblings, added before them if new.</summary>
        public static NameNode Child(ref NameNode? first, string word)
        {
            if (Find(first, word, 0, word.Length) is { } node)
            {
                return node;
            }

            first = new NameNode(word) { Sibling = first };
            return first;
        }
    }

    /// <summary>A person or organization names stand for: one per entity, so its own counter replaces a table by entity.</summary>
    private sealed class Speaker(EntityRef entity)
    {
        public EntityRef Entity { get; } = entity;

        /// <summary>The number of the full mention that last named it (counted over the article), 0 before any.</summary>
        public int LastNamedInFull { get; set; }
    }

    /// <summary>A name and the entities it may stand for, in entity order.</summary>
    private sealed class NameForm
    {
        // Most forms are only a name or only a surname, of one owner: each array is made when first needed and grown
        // by one for another owner, which few forms have.
        private Speaker[]? _named;
        private Speaker[]? _surnamed;

        public NameForm(int wordCount) => WordCount = wordCount;

        public int WordCount { get; }

        /// <summary>Those who bear the name as a name or alias, else those whose surname it is.</summary>
        public Speaker[] Owners => _named ?? _surnamed!;

        public void Add(Speaker speaker, bool isSurname)
        {
            var owners = isSurname ? _surnamed : _named;
            if (owners is not null && Array.IndexOf(owners, speaker) >= 0)
            {
                return;
            }

            var grown = new Speaker[(owners?.Length ?? 0) + 1];
            owners?.CopyTo(grown, 0);
            grown[grown.Length - 1] = speaker;
            if (isSurname)
            {
                _surnamed = grown;
            }
            else
            {
                _named = grown;
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

    /// <summary>The name carries a possessive (“Ferreyra’s campaign”): it modifies a noun rather than naming the subject.</summary>
    public bool IsPossessive { get; init; }

    /// <summary>Several people bear the name (a family's surname): who it stands for is a guess.</summary>
    public bool IsShared { get; init; }

    /// <summary>Set once quotations are known: a name inside a quotation is not what a pronoun outside refers to.</summary>
    public bool InsideQuote { get; set; }

    /// <summary>The number of the sentence in its paragraph.</summary>
    public int Sentence { get; init; }

    /// <summary>Not after a preposition: the name may be its sentence's subject.</summary>
    public bool AfterPreposition { get; init; }
}
