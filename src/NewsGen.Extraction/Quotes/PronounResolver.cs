using System.Collections.Generic;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Resolves he, she, it and they to the most recent compatible name outside quotations: he and she to a person not
/// known to be of the other gender, it and they to an organization. In the pronoun's own sentence the closest name
/// before it wins; in earlier sentences (this paragraph, then the ones before) the latest sentence with a compatible
/// name wins, and in it the name in subject position (“Mr Johnson was asked why Mr Smith had resigned. He replied”).
/// A possessive (“Varela’s patience”) is taken only when its sentence offers nothing else, and a sentence that opens
/// with the same pronoun is passed over, since that pronoun points further back too.
/// </summary>
internal sealed class PronounResolver
{
    /// <summary>
    /// A pronoun is read back over at most this many names: a reader no longer links it to anyone further back, and
    /// pronouns without a fitting name would otherwise each walk back over the whole article.
    /// </summary>
    private const int MaximumMentionsBack = 60;

    private readonly IReadOnlyList<ParagraphWords> _paragraphs;
    private readonly IReadOnlyList<List<NameMention>> _mentions;
    private readonly PersonGenders _genders;
    private readonly int[] _previousWithMentions;

    public PronounResolver(IReadOnlyList<ParagraphWords> paragraphs, IReadOnlyList<List<NameMention>> mentions, PersonGenders genders)
    {
        _paragraphs = paragraphs;
        _mentions = mentions;
        _genders = genders;
        _previousWithMentions = PreviousWithMentions(mentions);
    }

    /// <summary>The speaker a pronoun at token <paramref name="token"/> of paragraph <paramref name="paragraph"/> stands for.</summary>
    public EntityRef? Resolve(Pronoun pronoun, int paragraph, int token, int sentence)
    {
        var budget = MaximumMentionsBack;
        for (var p = paragraph; p >= 0 && budget > 0; p = _previousWithMentions[p])
        {
            var mentions = _mentions[p];
            var i = p == paragraph
                ? SortedSearch.FirstAtLeast(mentions, mentions.Count, token, static (list, k) => list[k].Last) - 1
                : mentions.Count - 1;
            while (i >= 0 && budget > 0)
            {
                var current = mentions[i].Sentence;
                var first = i;
                while (first > 0 && mentions[first - 1].Sentence == current && budget > 1)
                {
                    first--;
                    budget--;
                }

                budget--;
                var own = p == paragraph && current == sentence;
                if (!own && OpensWith(pronoun, p, current))
                {
                    i = first - 1;
                    continue;
                }

                if (Choose(pronoun, mentions, first, i, own) is { } chosen)
                {
                    return chosen.Speaker;
                }

                i = first - 1;
            }
        }

        return null;
    }

    /// <summary>For each paragraph, the nearest earlier paragraph that names someone, or -1, so empty ones cost nothing.</summary>
    private static int[] PreviousWithMentions(IReadOnlyList<List<NameMention>> mentions)
    {
        var previous = new int[mentions.Count];
        var last = -1;
        for (var p = 0; p < mentions.Count; p++)
        {
            previous[p] = last;
            last = mentions[p].Count > 0 ? p : last;
        }

        return previous;
    }

    /// <summary>
    /// A sentence whose subject is the same pronoun (“He added that …”) refers to the same antecedent, further back;
    /// so does one whose subject is he or she for a description (“She will meet Ruiz. …,” said the 23-year-old.).
    /// </summary>
    private bool OpensWith(Pronoun pronoun, int paragraph, int sentence)
    {
        var opening = _paragraphs[paragraph].OpeningPronoun(sentence);
        return opening == pronoun || (pronoun == Pronoun.Someone && opening is Pronoun.He or Pronoun.She);
    }

    /// <summary>The antecedent among the compatible mentions [first, last] of one sentence, or null.</summary>
    private NameMention? Choose(Pronoun pronoun, List<NameMention> mentions, int first, int last, bool ownSentence)
    {
        NameMention? subject = null, latest = null, possessive = null;
        for (var i = first; i <= last; i++)
        {
            var mention = mentions[i];
            if (mention.InsideQuote || !Fits(pronoun, mention))
            {
                continue;
            }

            if (mention.IsPossessive)
            {
                possessive = mention;
                continue;
            }

            subject ??= mention.AfterPreposition ? null : mention;
            latest = mention;
        }

        return (ownSentence ? latest : subject ?? latest) ?? possessive;
    }

    private bool Fits(Pronoun pronoun, NameMention mention)
    {
        if (pronoun is Pronoun.They or Pronoun.It)
        {
            return !mention.IsPerson;
        }

        if (!mention.IsPerson)
        {
            return false;
        }

        if (pronoun == Pronoun.Someone)
        {
            return true;
        }

        var gender = _genders.Of(mention.Speaker.Id);
        return gender == Gender.Unknown || (gender == Gender.Male) == (pronoun == Pronoun.He);
    }
}
