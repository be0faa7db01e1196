using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities;

/// <summary>An entity while the article is being read: name, other names, roles and mentions in the order found.</summary>
internal sealed class EntityDraft
{
    // Made with the first alias: most drafts never get one.
    private HashSet<string>? _aliasSet;
    /// <summary>
    /// Up to this many mentions a new one is compared with each; past it their starts go in a set, so adding stays
    /// linear. Most drafts have a few mentions, and a set for each cost more than the rest of the draft.
    /// </summary>
    private const int ScannedMentions = 8;

    private HashSet<int>? _mentionStarts;

    public EntityDraft(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public PlaceKind Kind { get; set; }

    public List<string> Aliases { get; } = [];

    public List<string> Roles { get; } = [];

    public List<Mention> Mentions { get; } = [];

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
        if (alias.Length > 0 && alias != Name && (_aliasSet ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(alias))
        {
            Aliases.Add(alias);
        }
    }

    public void AddRole(string role)
    {
        if (!Roles.Contains(role))
        {
            Roles.Add(role);
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
        if (_mentionStarts is null && Mentions.Count < ScannedMentions)
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
