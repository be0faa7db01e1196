using System;
using System.Collections.Generic;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.Linking;

/// <summary>What kind of entity a known form names; earlier kinds win when one form names several.</summary>
internal enum LinkKind
{
    /// <summary>A person's name, alias or surname.</summary>
    Person,

    /// <summary>An organization's name or alias.</summary>
    Organization,

    /// <summary>A place's name or alias.</summary>
    Place,
}

/// <summary>An entity a known form names, and its kind (a class: lists of a struct are JIT-compiled in every compiler process).</summary>
internal sealed record LinkTarget(LinkKind Kind, EntityDraft Draft);

/// <summary>The entities one known form names: most forms name one, which is kept without a list.</summary>
internal sealed class LinkTargets
{
    private readonly LinkTarget _first;
    private List<LinkTarget>? _others;

    public LinkTargets(LinkTarget first)
    {
        _first = first;
    }

    public int Count => 1 + (_others?.Count ?? 0);

    public LinkTarget this[int index] => index == 0 ? _first : _others![index - 1];

    /// <summary>Adds <paramref name="target"/> unless it is one already.</summary>
    public void Add(LinkTarget target)
    {
        if (target != _first && !(_others?.Contains(target) ?? false))
        {
            (_others ??= []).Add(target);
        }
    }
}

/// <summary>Every name and alias of the entities found so far, for exact lookups of one to a few tokens.</summary>
internal sealed class KnownForms
{
    /// <summary>Looked up by a range of tokens in place: the linker tries every capitalized run of a text against it.</summary>
    private readonly TextRangeMap<LinkTargets> _bySurface;
    private readonly Dictionary<string, int> _longestByFirstWord;

    /// <param name="capacity">How many names and aliases will be added.</param>
    public KnownForms(int capacity)
    {
        _bySurface = new(capacity: capacity);
        _longestByFirstWord = new(capacity, StringComparer.Ordinal);
    }

    public void Add(LinkKind kind, EntityDraft draft)
    {
        var target = new LinkTarget(kind, draft);
        Add(target, draft.Name);
        foreach (var alias in draft.Aliases)
        {
            Add(target, alias);
        }
    }

    public int LongestStartingWith(string word) => _longestByFirstWord.TryGetValue(word, out var count) ? count : 0;

    /// <summary>The entities named <c>text[start..start+length)</c>.</summary>
    public bool TryFind(string text, int start, int length, out LinkTargets targets) =>
        _bySurface.TryGetValue(text, start, length, out targets);

    private void Add(LinkTarget target, string surface)
    {
        if (_bySurface.TryGetValue(surface, out var targets))
        {
            targets.Add(target);
        }
        else
        {
            _bySurface.Set(surface, new LinkTargets(target));
        }

        var tokens = Tokenizer.Count(surface, TokenPolicy.Names, out var firstToken);
        if (tokens == 0)
        {
            return;
        }

        // A one-word name (most aliases are surnames) is its own first word.
        var first = firstToken.Length == surface.Length ? surface : surface.Substring(firstToken.Start, firstToken.Length);
        if (!_longestByFirstWord.TryGetValue(first, out var count) || count < tokens)
        {
            _longestByFirstWord[first] = tokens;
        }
    }
}
