using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Model;

namespace NewsGen.Runtime;

/// <summary>
/// Finds an entity by any form of its name: the name or an alias in any case, and for people also with honorifics and
/// titles left out and middle initials dropped ("Gen. Jane Q. Doe" finds "Jane Doe"). The title words come from the
/// generator (the extraction library's lists), so the runtime keeps no word list of its own.
/// </summary>
internal sealed class NameIndex<T>
    where T : Entity
{
    private static readonly char[] Spaces = [' ', '\t', '\n', '\r', '\u00A0'];

    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);
    private readonly HashSet<string>? _titles;

    public NameIndex(IEnumerable<T> entities, HashSet<string>? titles)
    {
        _titles = titles;
        var list = entities.ToList();
        foreach (var keyOf in new Func<string, string>[] { Exact, Loose })
        {
            // Exact forms first, so a loose form never takes a name another entity is known by exactly.
            foreach (var entity in list)
            {
                foreach (var name in entity.Aliases.Prepend(entity.Name))
                {
                    var key = keyOf(name);
                    if (key.Length > 0)
                    {
                        _byKey.TryAdd(key, entity);
                    }
                }
            }
        }
    }

    public T? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _byKey.TryGetValue(Exact(name), out var entity) || _byKey.TryGetValue(Loose(name), out entity) ? entity : null;
    }

    private static string Exact(string name) => string.Join(" ", name.Split(Spaces, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private string Loose(string name)
    {
        var words = name.Split(Spaces, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',')).Where(w => w.Length > 0).ToList();
        if (_titles is not null)
        {
            var kept = words.Where(w => !_titles.Contains(w) && !IsInitial(w)).ToList();
            words = kept.Count > 0 ? kept : words;
        }

        return string.Join(" ", words).ToUpperInvariant();
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsLetter(word[0]);
}
