using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities;

/// <summary>An entity while the article is being read: name, other names, roles and mentions in the order found.</summary>
internal sealed class EntityDraft
{
    /// <summary>
    /// Up to this many aliases or mentions a new one is compared with each; past it they (or their starts) go in a
    /// set, so adding stays linear. Most drafts have a few of each, and a set for each cost more than the rest of the draft.
    /// </summary>
    private const int Scanned = 8;

    private HashSet<string>? _aliasSet;

    private HashSet<int>? _mentionStarts;

    private List<string>? _roles;

    public EntityDraft(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public PlaceKind Kind { get; set; }

    public List<string> Aliases { get; } = [];

    /// <summary>A person's roles; organizations, places and most people have none, so the list is made at the first.</summary>
    public IReadOnlyList<string> Roles => (IReadOnlyList<string>?)_roles ?? System.Array.Empty<string>();

    public List<Mention> Mentions { get; } = [];

    /// <summary>
    /// Starts of the mentions the finders found, sorted, and of the latest mention the linker added (-1 for none):
    /// <see cref="Linking.MentionHistory"/> keeps them here, where they are reached without hashing the draft.
    /// </summary>
    internal int[] FoundStarts { get; set; } = [];

    /// <inheritdoc cref="FoundStarts"/>
    internal int LastLinked { get; set; } = -1;

    /// <summary>Offset of the earliest mention in the article text.</summary>
    public int FirstStart
    {
        get
        {
            var first = int.MaxValue;
            foreach (var mention in Mentions)
            {
                first = System.Math.Min(first, mention.Start);
            }

            return first;
        }
    }

    public void AddAlias(string alias)
    {
        if (alias.Length > 0 && alias != Name && !HasAlias(alias))
        {
            Aliases.Add(alias);
            _aliasSet?.Add(alias);
        }
    }

    private bool HasAlias(string alias)
    {
        if (_aliasSet is null && Aliases.Count < Scanned)
        {
            return Aliases.Contains(alias);
        }

        _aliasSet ??= new HashSet<string>(Aliases, System.StringComparer.Ordinal);
        return _aliasSet.Contains(alias);
    }

    public void AddRole(string role)
    {
        _roles ??= [];
        if (!_roles.Contains(role))
        {
            _roles.Add(role);
        }
    }

    /// <summary>Adds <paramref name="mention"/> unless the draft has one at the same start.</summary>
    public void AddMention(Mention mention)
    {
        if (!HasMentionAt(mention.Start))
        {
            Mentions.Add(mention);
            _mentionStarts?.Add(mention.Start);
        }
    }

    private bool HasMentionAt(int start)
    {
        if (_mentionStarts is null && Mentions.Count < Scanned)
        {
            foreach (var mention in Mentions)
            {
                if (mention.Start == start)
                {
                    return true;
                }
            }

            return false;
        }

        if (_mentionStarts is null)
        {
            _mentionStarts = [];
            foreach (var mention in Mentions)
            {
                _mentionStarts.Add(mention.Start);
            }
        }

        return _mentionStarts.Contains(start);
    }
}
