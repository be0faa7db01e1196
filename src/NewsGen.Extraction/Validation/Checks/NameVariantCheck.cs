using System.Collections.Generic;
using System.Linq;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Validation.Names;

namespace NewsGen.Extraction.Validation.Checks;

/// <summary>
/// NG1001 within one article: a person whose name forms contain two spellings of one word
/// (e.g. a surname with a doubled consonant in one place and a single one in another).
/// </summary>
public static class NameVariantCheck
{
    /// <summary>The most distinct name words of one person compared in pairs.</summary>
    public const int MaxWords = 12;

    /// <summary>One diagnostic per pair of spellings per person.</summary>
    public static List<ContentDiagnostic> Run(ValidationInput input)
    {
        var found = new List<ContentDiagnostic>();
        foreach (var person in input.Article.People)
        {
            var pairs = VariantPairs(person);
            if (pairs.Count == 0)
            {
                continue;
            }

            var located = PersonSpellings.Locate(person, input.Document, fileOrder: 0);
            foreach (var (a, b) in pairs)
            {
                if (located.TryGetValue(a, out var first) && located.TryGetValue(b, out var second) &&
                    NameVariantReport.Create(DiagnosticCatalog.NameVariant, first, second) is { } diagnostic)
                {
                    found.Add(diagnostic);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Pairs of words across <paramref name="person"/>'s name forms that look like one word spelled two ways.
    /// Words written side by side in one form are different parts of the name and never pair, nor do spellings the
    /// forms show to be different names (see <see cref="NameEvidence"/>).
    /// </summary>
    public static IReadOnlyList<(string A, string B)> VariantPairs(Person person)
    {
        var written = PersonSpellings.Forms(person);
        // Loops rather than LINQ: this runs on every build's first article, and each lambda is JIT-compiled in every
        // fresh compiler process. Each distinct form is cut into words once.
        var forms = new List<IReadOnlyList<string>>(written.Count);
        foreach (var form in written)
        {
            forms.Add(NameTokens.Of(form));
        }

        // Every pair of words is compared, so only the first few distinct words are: a person's name has a handful,
        // and a list of names read as one person would make the pairs grow with the square of the text. So few words
        // are searched faster in a list than in a set, and each is normalized once for all its pairs.
        var words = new List<string>();
        var normalized = new List<string>();
        foreach (var form in forms)
        {
            foreach (var word in form)
            {
                if (words.Count < MaxWords && !words.Contains(word))
                {
                    words.Add(word);
                    normalized.Add(SpellingVariants.Normalize(word));
                }
            }
        }

        var pairs = new List<(string, string)>();
        for (var i = 0; i < words.Count; i++)
        {
            for (var j = i + 1; j < words.Count; j++)
            {
                var (a, b) = (words[i], words[j]);
                if (SpellingVariants.AreNormalizedVariants(normalized[i], normalized[j]) && !InOneForm(forms, a, b) &&
                    !NameEvidence.SuggestsDifferentNames(written, a, b))
                {
                    pairs.Add((a, b));
                }
            }
        }

        return pairs;
    }

    private static bool InOneForm(List<IReadOnlyList<string>> forms, string a, string b)
    {
        foreach (var form in forms)
        {
            if (form.Contains(a) && form.Contains(b))
            {
                return true;
            }
        }

        return false;
    }
}
