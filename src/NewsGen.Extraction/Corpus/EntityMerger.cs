using System.Collections.Generic;
using NewsGen.Extraction.Identifiers;

namespace NewsGen.Extraction.Corpus;

/// <summary>
/// Merges the entities of one kind across articles. Two mentions are the same entity when one's canonical name
/// equals the other's canonical name or one of its aliases; alias-to-alias matches are ignored, since a bare surname
/// ("Smith") is shared by different people. A name that matches several entities starts a new one.
/// </summary>
internal sealed class EntityMerger
{
    private readonly List<MergedEntity> _entities = [];
    private readonly Dictionary<string, List<int>> _byCanonical = new(EntityNames.Comparer);
    private readonly Dictionary<string, List<int>> _byAlias = new(EntityNames.Comparer);

    public IReadOnlyList<MergedEntity> Entities => _entities;

    /// <summary>Adds one article's entity (its local id, name and aliases) and returns the index of the merged entity it belongs to.</summary>
    public int Add(string localId, string name, IEnumerable<string> aliases, string articleId)
    {
        var aliasList = EntityNames.Except(aliases, name);
        var index = Match(name, aliasList);
        if (index < 0)
        {
            index = _entities.Count;
            _entities.Add(new MergedEntity(name, localId));
        }

        var entity = _entities[index];
        entity.AddName(name, localId, aliasList);
        entity.AddArticle(articleId);
        Register(_byCanonical, name, index);
        foreach (var alias in aliasList)
        {
            Register(_byAlias, alias, index);
        }

        return index;
    }

    /// <summary>
    /// Unique member names for the merged entities, in order of first appearance: the pinned id, else the entity's
    /// name, made a valid identifier; names two entities want are told apart by each entity's own name
    /// (<see cref="IdentifierPool"/>), not by which came first.
    /// </summary>
    public string[] AssignIds(IEnumerable<string> reserved, string fallback)
    {
        var claims = new NameClaim[_entities.Count];
        for (var i = 0; i < claims.Length; i++)
        {
            var entity = _entities[i];
            claims[i] = new NameClaim(CSharpIdentifier.From(entity.PreferredId.Length > 0 ? entity.PreferredId : entity.Name, fallback), entity.Name, entity.PreferredId.Length > 0);
        }

        return IdentifierPool.Assign(claims, reserved);
    }

    private int Match(string name, List<string> aliases)
    {
        var byName = Lookup(_byCanonical, name);
        if (byName.Count == 1)
        {
            return byName[0];
        }

        // Loops rather than Concat and Distinct over ints, whose LINQ code the JIT compiles in every compiler process.
        var candidates = new HashSet<int>();
        var last = -1;
        Add(byName);
        Add(Lookup(_byAlias, name));
        foreach (var alias in aliases)
        {
            Add(Lookup(_byCanonical, alias));
        }

        return candidates.Count == 1 ? last : -1;

        void Add(List<int> found)
        {
            foreach (var candidate in found)
            {
                if (candidates.Add(candidate))
                {
                    last = candidate;
                }
            }
        }
    }

    private static List<int> Lookup(Dictionary<string, List<int>> index, string key) =>
        index.TryGetValue(key, out var found) ? found : [];

    private static void Register(Dictionary<string, List<int>> index, string key, int entity)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        if (!list.Contains(entity))
        {
            list.Add(entity);
        }
    }
}
