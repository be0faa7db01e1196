using System;
using System.Collections.Generic;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// All the forms that name one person. The canonical name is the fullest form (most words, initials count),
/// spelling included; every other form, the fullest form without middle initials and each surname spelling
/// are aliases, so spelling variants stay visible.
/// </summary>
internal sealed class PersonGroup
{
    /// <summary>
    /// The most different ways of writing one person that a group takes in by resemblance (exact repeats always
    /// join). A person is written a handful of ways; more are similar names of a list chained one to the next, and
    /// comparing with them all would grow with the text.
    /// </summary>
    public const int MaxDistinctForms = 8;

    /// <summary>
    /// Up to this many distinct texts a new form's text is compared with each; past it the texts go in a set, so
    /// adding stays linear. Most people are written one to three ways, and a set for each cost more than the group.
    /// </summary>
    private const int ScannedTexts = 8;

    // The grouper adds every full form before any lone surname, each kind in reading order: the full forms
    // (_forms[0.._fullCount)) and the lone ones after them are two sorted runs, searched and merged as such.
    private readonly List<PersonForm> _forms = [];
    private int _fullCount;

    // The first form of each distinct text: what resemblance is judged on.
    private readonly List<PersonForm> _distinct = [];
    private HashSet<string>? _texts;

    /// <summary>The first full form added, whose given name a group keeps.</summary>
    private PersonForm? _firstFull;

    public PersonGroup(PersonForm first)
    {
        Add(first);
    }

    public IReadOnlyList<PersonForm> Forms => _forms;

    /// <summary>The given name of the first full form, or null while only a surname is known.</summary>
    public string? GivenName => _firstFull?.GivenName;

    public void Add(PersonForm form)
    {
        _forms.Add(form);
        if (form.IsFull)
        {
            _firstFull ??= form;
            _fullCount++;
        }

        if (IsNewText(form.Text))
        {
            _distinct.Add(form);
        }
    }

    private bool IsNewText(string text)
    {
        if (_texts is null)
        {
            foreach (var form in _distinct)
            {
                if (string.Equals(form.Text, text, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            if (_distinct.Count < ScannedTexts)
            {
                return true;
            }

            _texts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var form in _distinct)
            {
                _texts.Add(form.Text);
            }
        }

        return _texts.Add(text);
    }

    /// <summary>Whether <paramref name="surname"/> is one of this person's surnames, or a spelling of one.</summary>
    public bool HasSurname(string surname)
    {
        foreach (var form in _distinct)
        {
            if (SpellingVariants.Match(form.Surname, surname))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a full form names this person: same given name and a matching surname, or the tail of a longer
    /// form of the person ("Lind Varela" after "Oskar Lind Varela") or its start ("Khin Sein" after
    /// "Khin Sein Aye Moe").
    /// </summary>
    public bool Accepts(PersonForm form) =>
        _distinct.Count < MaxDistinctForms
        && (((GivenName is null || string.Equals(GivenName, form.GivenName, StringComparison.OrdinalIgnoreCase)) && HasSurname(form.Surname))
        || HasLongerFormAround(form.Words));

    /// <summary>Whether a longer form of this person ends or starts with <paramref name="words"/> (a loop: the grouper asks for every recent group).</summary>
    private bool HasLongerFormAround(IReadOnlyList<string> words)
    {
        foreach (var f in _distinct)
        {
            if (f.Words.Count > words.Count && (SameWords(f.Words, f.Words.Count - words.Count, words) || SameWords(f.Words, 0, words)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="part"/> stands in <paramref name="words"/> from <paramref name="from"/> on.</summary>
    private static bool SameWords(IReadOnlyList<string> words, int from, IReadOnlyList<string> part)
    {
        for (var i = 0; i < part.Count; i++)
        {
            if (!string.Equals(words[from + i], part[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Offset of the latest mention before <paramref name="start"/>, or -1.</summary>
    public int LastMentionBefore(int start) => Math.Max(LastBefore(0, _fullCount, start), LastBefore(_fullCount, _forms.Count, start));

    /// <summary>The latest mention start before <paramref name="start"/> among the sorted forms <c>_forms[from..to)</c>, or -1.</summary>
    private int LastBefore(int from, int to, int start)
    {
        // The first form at or after start, by binary search.
        var low = from;
        var high = to;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (_forms[middle].Mention.Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low > from ? _forms[low - 1].Mention.Start : -1;
    }

    /// <summary>The forms in reading order: the two sorted runs merged, a full form first on a tie (as a stable sort keeps them).</summary>
    private List<PersonForm> InReadingOrder()
    {
        if (_fullCount == 0 || _fullCount == _forms.Count || _forms[_fullCount - 1].Mention.Start <= _forms[_fullCount].Mention.Start)
        {
            return _forms;
        }

        var merged = new List<PersonForm>(_forms.Count);
        var full = 0;
        var lone = _fullCount;
        while (full < _fullCount || lone < _forms.Count)
        {
            var takeFull = lone == _forms.Count || (full < _fullCount && _forms[full].Mention.Start <= _forms[lone].Mention.Start);
            merged.Add(_forms[takeFull ? full++ : lone++]);
        }

        return merged;
    }

    /// <summary>
    /// <paramref name="name"/> with the apostrophe most forms of the person use: an article that mixes typewriter
    /// and typographic apostrophes ("O'Brien" three times, "O’Brien" once) is spelled as it mostly spells it, which is
    /// also how it is usually searched for. The other spelling stays an alias.
    /// </summary>
    private static string WithCommonerApostrophe(string name, List<PersonForm> forms)
    {
        var typographic = name.IndexOf('\u2019') >= 0;
        var used = typographic ? '\u2019' : '\'';
        var other = typographic ? '\'' : '\u2019';
        if (name.IndexOf(used) < 0)
        {
            return name;
        }

        var balance = 0;
        foreach (var form in forms)
        {
            balance += form.Text.IndexOf(other) >= 0 ? 1 : form.Text.IndexOf(used) >= 0 ? -1 : 0;
        }

        return balance > 0 ? name.Replace(used, other) : name;
    }

    public EntityDraft ToDraft()
    {
        var ordered = InReadingOrder();
        var fullest = ordered[0];
        foreach (var form in ordered)
        {
            if (form.Words.Count > fullest.Words.Count)
            {
                fullest = form;
            }
        }

        var draft = new EntityDraft(WithCommonerApostrophe(fullest.Text, ordered));
        foreach (var form in ordered)
        {
            draft.AddAlias(form.Text);
            draft.AddAlias(form.WithoutInitials);
            draft.AddAlias(form.Surname);
        }

        foreach (var form in ordered)
        {
            // Indexed: a foreach over the read-only list boxes an enumerator.
            for (var i = 0; i < form.Roles.Count; i++)
            {
                draft.AddRole(form.Roles[i]);
            }

            draft.AddMention(form.Mention);
        }

        return draft;
    }
}
