using System;
using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;
using NewsGen.Extraction.Validation.Names;

namespace NewsGen.Extraction.Validation.Corpus;

/// <summary>
/// NG1004, names spelled differently across articles: people in different files with the same given name whose surnames look like one name
/// spelled two ways, both at least six letters long and neither an ordinary word. A pair is left alone when one
/// article already has both spellings (as one person, reported by the per-article check, or as two people, so two
/// different names).
/// </summary>
public static class CrossArticleNameVariantCheck
{
    // Across articles the only evidence is the given name, and short surnames one letter apart are usually different
    // families (Davis, Davies), so only longer surnames are compared.
    private const int MinimumLength = 6;

    /// <summary>One diagnostic per pair of surname spellings, with the occurrences of both in every file.</summary>
    public static IEnumerable<ContentDiagnostic> Run(IReadOnlyList<CorpusEntry> entries)
    {
        var names = FullNames(entries);
        var documents = new Dictionary<int, SourceDocument>();
        foreach (var (a, b) in SurnamePairs(names))
        {
            var first = Occurrences(entries, names, a, documents);
            var second = Occurrences(entries, names, b, documents);
            if (NameVariantReport.Create(DiagnosticCatalog.CrossArticleNameVariant, first, second) is { } diagnostic)
            {
                yield return diagnostic;
            }
        }
    }

    private static List<FullName> FullNames(IReadOnlyList<CorpusEntry> entries)
    {
        var names = new List<FullName>();
        for (var file = 0; file < entries.Count; file++)
        {
            foreach (var person in entries[file].Result.Article?.People ?? EquatableArray<Person>.Empty)
            {
                var tokens = NameTokens.Of(person.Name);
                if (tokens.Count >= 2)
                {
                    names.Add(new FullName(file, person, tokens[0], tokens[tokens.Count - 1]));
                }
            }
        }

        return names;
    }

    private static IEnumerable<(string A, string B)> SurnamePairs(List<FullName> names)
    {
        var filesBySpelling = FilesBySpelling(names);
        foreach (var group in names.GroupBy(n => n.Given, StringComparer.OrdinalIgnoreCase))
        {
            var surnames = group.Select(n => n.Surname).Distinct(StringComparer.Ordinal).ToList();
            for (var i = 0; i < surnames.Count; i++)
            {
                for (var j = i + 1; j < surnames.Count; j++)
                {
                    var (a, b) = (surnames[i], surnames[j]);
                    if (a.Length >= MinimumLength && b.Length >= MinimumLength && SpellingVariants.AreVariants(a, b) &&
                        !filesBySpelling[a].Overlaps(filesBySpelling[b]) && !NameEvidence.SuggestsDifferentNames([], a, b))
                    {
                        yield return (a, b);
                    }
                }
            }
        }
    }

    private static Dictionary<string, HashSet<int>> FilesBySpelling(List<FullName> names)
    {
        var files = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            foreach (var token in PersonSpellings.Forms(name.Person).SelectMany(NameTokens.Of))
            {
                if (!files.TryGetValue(token, out var set))
                {
                    set = [];
                    files.Add(token, set);
                }

                set.Add(name.File);
            }
        }

        return files;
    }

    private static List<SpellingOccurrence> Occurrences(
        IReadOnlyList<CorpusEntry> entries, List<FullName> names, string surname, Dictionary<int, SourceDocument> documents)
    {
        var occurrences = new List<SpellingOccurrence>();
        foreach (var name in names.Where(n => n.Surname == surname))
        {
            var document = DocumentOf(entries, name.File, documents);
            if (PersonSpellings.Locate(name.Person, document, name.File).TryGetValue(surname, out var found))
            {
                occurrences.AddRange(found);
            }
        }

        return occurrences;
    }

    // Mention offsets are into the normalized text, so lines and columns come from normalizing the file again;
    // only files involved in a variant pay for it.
    private static SourceDocument DocumentOf(IReadOnlyList<CorpusEntry> entries, int file, Dictionary<int, SourceDocument> documents)
    {
        if (!documents.TryGetValue(file, out var document))
        {
            var source = entries[file].Source;
            document = SourceDocument.Create(source.Path, source.Text);
            documents.Add(file, document);
        }

        return document;
    }

    private sealed record FullName(int File, Person Person, string Given, string Surname);
}
