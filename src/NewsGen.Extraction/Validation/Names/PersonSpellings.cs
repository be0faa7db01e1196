using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Validation.Names;

/// <summary>Where each spelling of a person's name words is written in one article.</summary>
public static class PersonSpellings
{
    /// <summary>
    /// Every word of <paramref name="person"/>'s name forms (name, aliases, mentions) found in the mentions, located in
    /// <paramref name="document"/>; keyed by the word as written.
    /// </summary>
    public static IReadOnlyDictionary<string, List<SpellingOccurrence>> Locate(Person person, SourceDocument document, int fileOrder)
    {
        var occurrences = new Dictionary<string, List<SpellingOccurrence>>(System.StringComparer.Ordinal);
        foreach (var mention in person.Mentions)
        {
            foreach (var token in NameTokens.Of(mention.Text).Distinct())
            {
                if (!occurrences.TryGetValue(token, out var list))
                {
                    list = [];
                    occurrences.Add(token, list);
                }

                list.Add(new SpellingOccurrence(token, document.Path, fileOrder, Locate(document, mention, token)));
            }
        }

        return occurrences;
    }

    /// <summary>
    /// The name forms of <paramref name="person"/>: canonical name, aliases and mention texts, each distinct form once
    /// in that order (mentions repeat the same few forms, and every reader of the forms cuts each into words).
    /// </summary>
    public static List<string> Forms(Person person)
    {
        var forms = new List<string> { person.Name };
        var seen = new HashSet<string>(System.StringComparer.Ordinal) { person.Name };
        foreach (var alias in person.Aliases)
        {
            if (seen.Add(alias))
            {
                forms.Add(alias);
            }
        }

        foreach (var mention in person.Mentions)
        {
            if (seen.Add(mention.Text))
            {
                forms.Add(mention.Text);
            }
        }

        return forms;
    }

    private static SourceSpan Locate(SourceDocument document, Mention mention, string token)
    {
        var at = NameTokens.IndexOfWord(document.Text, token, mention.Start, mention.Length);
        return at >= 0 ? document.Span(at, token.Length) : document.Span(mention.Start, mention.Length);
    }
}
