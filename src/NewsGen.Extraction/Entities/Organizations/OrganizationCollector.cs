using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities.Organizations;

/// <summary>The organizations of one article, one draft per name; acronym definitions join the name they define.</summary>
internal sealed class OrganizationCollector
{
    /// <summary>How names of government departments begin.</summary>
    private static readonly string[] DepartmentHeads = { "Department of ", "Department for ", "Ministry of ", "Ministry for " };

    private readonly Dictionary<string, EntityDraft> _byName = new(StringComparer.Ordinal);

    public List<EntityDraft> Drafts { get; } = [];

    /// <summary>The organization last recorded, with the segment offset where its mention ends.</summary>
    public (EntityDraft Draft, int End)? Last { get; private set; }

    /// <summary>Records a mention; a name that ends a longer one found before ("Evening Lantern") is that organization.</summary>
    public EntityDraft Add(string name, Mention mention)
    {
        if (!_byName.TryGetValue(name, out var draft) && (draft = LongerNameEndingWith(name)) is not null)
        {
            draft.AddAlias(name);
            _byName[name] = draft;
        }

        if (draft is null)
        {
            draft = new EntityDraft(name);
            _byName.Add(name, draft);
            Drafts.Add(draft);
        }

        if (mention.Text != name)
        {
            draft.AddAlias(mention.Text);
        }

        draft.AddMention(mention);
        Last = (draft, mention.Start + mention.Length);
        return draft;
    }

    private EntityDraft? LongerNameEndingWith(string name)
    {
        if (name.IndexOf(' ') < 0)
        {
            return null;
        }

        foreach (var draft in Drafts)
        {
            if (EndsWithWords(draft.Name, name))
            {
                return draft;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="name"/> ends with a space and <paramref name="words"/>, compared in place.</summary>
    private static bool EndsWithWords(string name, string words) =>
        name.Length > words.Length && name[name.Length - words.Length - 1] == ' ' && name.EndsWith(words, StringComparison.Ordinal);

    /// <summary>"NORSEC" defined by "Northern Security Council (NORSEC)": an alias and a mention of that name.</summary>
    public void AddDefinition(EntityDraft draft, Mention mention)
    {
        draft.AddAlias(mention.Text);
        draft.AddMention(mention);
        _byName[mention.Text] = draft;
    }

    /// <summary>"Post" for "Kellerton Post", where no other organization ends with the same publication word.</summary>
    public void AddPublicationAliases()
    {
        var owners = new Dictionary<string, EntityDraft?>(StringComparer.Ordinal);
        foreach (var draft in Drafts)
        {
            var space = draft.Name.LastIndexOf(' ');
            var head = space < 0 ? null : draft.Name.Substring(space + 1);
            if (head is not null && WordLists.PublicationHeads.Contains(head))
            {
                owners[head] = owners.ContainsKey(head) ? null : draft;
            }
        }

        foreach (var owner in owners)
        {
            owner.Value?.AddAlias(owner.Key);
        }
    }

    /// <summary>
    /// "Harbour Affairs" for "Department of Harbour Affairs": a government department is called by its field alone
    /// ("a Harbour Affairs memo"). One word ("Department of Justice") is too common a word to stand for it, and a
    /// name another organization has is left to it.
    /// </summary>
    public void AddDepartmentAliases()
    {
        foreach (var draft in Drafts)
        {
            foreach (var head in DepartmentHeads)
            {
                var field = draft.Name.StartsWith(head, StringComparison.Ordinal) ? draft.Name.Substring(head.Length) : string.Empty;
                if (field.IndexOf(' ') > 0 && !field.StartsWith("the ", StringComparison.Ordinal) && !_byName.ContainsKey(field))
                {
                    draft.AddAlias(field);
                }
            }
        }
    }

}
