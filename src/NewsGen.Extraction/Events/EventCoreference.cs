using System.Collections.Generic;

namespace NewsGen.Extraction.Events;

/// <summary>
/// A dated sentence that names nobody often retells an event a recent sentence attributed to a person:
/// "Pompeo issued an ultimatum to Moscow … / The United States delivered Russia a 60-day ultimatum on Tuesday".
/// The antecedent is the nearest earlier sentence, at most <see cref="MaxParagraphDistance"/> paragraphs back,
/// that uses one of the same event nouns and names a person.
/// </summary>
internal static class EventCoreference
{
    /// <summary>How many paragraphs back an antecedent may be.</summary>
    public const int MaxParagraphDistance = 2;

    /// <summary>The antecedent of <c>sentences[index]</c>, or null.</summary>
    public static EventSentence? Antecedent(EventSentenceReader sentences, int index)
    {
        var sentence = sentences[index];
        if (sentence.Nouns.Count == 0)
        {
            return null;
        }

        for (var i = index - 1; i >= 0 && sentences.ParagraphOf(i) >= sentence.Paragraph - MaxParagraphDistance; i--)
        {
            var candidate = sentences[i];
            if (candidate.People.Count > 0 && SharesNoun(sentence, candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool SharesNoun(EventSentence a, EventSentence b)
    {
        foreach (var noun in a.Nouns)
        {
            if (Contains(b.Nouns, noun))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<string> nouns, string noun)
    {
        foreach (var candidate in nouns)
        {
            if (candidate == noun)
            {
                return true;
            }
        }

        return false;
    }
}
