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

    private readonly List<PersonForm> _forms = [];

    // The first form of each distinct text: what resemblance is judged on.
    private readonly List<PersonForm> _distinct = [];
    private readonly HashSet<string> _texts = new(StringComparer.Ordinal);

    // Mention offsets of the full forms and of the lone surnames: the grouper adds each kind in reading order, so
    // both lists are sorted and the latest mention before a point is a binary search.
    private readonly List<int> _fullStarts = [];
    private readonly List<int> _loneStarts = [];

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
        if (_firstFull is null && form.IsFull)
        {
            _firstFull = form;
        }

        (form.IsFull ? _fullStarts : _loneStarts).Add(form.Mention.Start);
        if (_texts.Add(form.Text))
        {
            _distinct.Add(form);
        }
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
    /// form of the person ("Symmons Roberts" after "Michael Symmons Roberts") or its start ("Aung San" after
    /// "Aung San Suu Kyi").
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
    public int LastMentionBefore(int start) => Math.Max(LastBefore(_fullStarts, start), LastBefore(_loneStarts, start));

    private static int LastBefore(List<int> sorted, int start)
    {
        var at = sorted.BinarySearch(start);
        var index = (at >= 0 ? at : ~at) - 1;
        return index >= 0 ? sorted[index] : -1;
    }

    public EntityDraft ToDraft()
    {
        var ordered = PersonGrouper.InReadingOrder(_forms);
        var fullest = ordered[0];
        foreach (var form in ordered)
        {
            if (form.Words.Count > fullest.Words.Count)
            {
                fullest = form;
            }
        }

        var draft = new EntityDraft(fullest.Text);
        foreach (var form in ordered)
        {
            draft.AddAlias(form.Text);
            draft.AddAlias(form.WithoutInitials);
            draft.AddAlias(form.Surname);
        }

        foreach (var form in ordered)
        {
            foreach (var role in form.Roles)
            {
                draft.AddRole(role);
            }

            draft.AddMention(form.Mention);
        }

        return draft;
    }
}
