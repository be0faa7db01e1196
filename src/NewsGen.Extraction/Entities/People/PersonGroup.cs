using System;
using System.Collections.Generic;
using System.Linq;

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

    public PersonGroup(PersonForm first)
    {
        Add(first);
    }

    public IReadOnlyList<PersonForm> Forms => _forms;

    /// <summary>The given name of the first full form, or null while only a surname is known.</summary>
    public string? GivenName => _forms.FirstOrDefault(f => f.IsFull)?.GivenName;

    public void Add(PersonForm form)
    {
        _forms.Add(form);
        (form.IsFull ? _fullStarts : _loneStarts).Add(form.Mention.Start);
        if (_texts.Add(form.Text))
        {
            _distinct.Add(form);
        }
    }

    /// <summary>Whether <paramref name="surname"/> is one of this person's surnames, or a spelling of one.</summary>
    public bool HasSurname(string surname) => _distinct.Any(f => SpellingVariants.Match(f.Surname, surname));

    /// <summary>
    /// Whether a full form names this person: same given name and a matching surname, or the tail of a longer
    /// form of the person ("Symmons Roberts" after "Michael Symmons Roberts") or its start ("Aung San" after
    /// "Aung San Suu Kyi").
    /// </summary>
    public bool Accepts(PersonForm form) =>
        _distinct.Count < MaxDistinctForms
        && (((GivenName is null || string.Equals(GivenName, form.GivenName, StringComparison.OrdinalIgnoreCase)) && HasSurname(form.Surname))
        || _distinct.Any(f => f.Words.Count > form.Words.Count
            && (f.Words.Skip(f.Words.Count - form.Words.Count).SequenceEqual(form.Words) || f.Words.Take(form.Words.Count).SequenceEqual(form.Words))));

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
        var ordered = _forms.OrderBy(f => f.Mention.Start).ToList();
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
