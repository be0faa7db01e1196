using System;
using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities.Places;

/// <summary>The places of one article, one draft per gazetteer entry or per water/region name.</summary>
internal sealed class PlaceCollector
{
    private readonly Dictionary<string, EntityDraft> _byKey = new(StringComparer.Ordinal);

    public List<EntityDraft> Drafts { get; } = [];

    /// <summary>A gazetteer place named as <paramref name="mention"/> writes it (its name, an alias or a demonym).</summary>
    public void Add(PlaceName name, Mention mention)
    {
        var draft = Draft(name.Place.Name, name.Place.Name, name.Place.Kind);
        if (!name.IsDemonym)
        {
            draft.AddAlias(mention.Text);
        }

        draft.AddMention(mention);
    }

    /// <summary>A place found by its head word ("Aral Sea", as <paramref name="mention"/> writes it); <paramref name="key"/> unites "Sea of Japan" with it.</summary>
    public void AddNamed(string key, PlaceKind kind, Mention mention)
    {
        var draft = Draft(key, mention.Text, kind);
        draft.AddAlias(mention.Text);
        draft.AddMention(mention);
    }

    private EntityDraft Draft(string key, string name, PlaceKind kind)
    {
        if (!_byKey.TryGetValue(key, out var draft))
        {
            draft = new EntityDraft(name) { Kind = kind };
            _byKey.Add(key, draft);
            Drafts.Add(draft);
        }

        return draft;
    }
}
