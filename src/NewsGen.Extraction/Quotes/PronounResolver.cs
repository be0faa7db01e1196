using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Resolves he, she, it and they to the most recent compatible name outside quotations, in the same paragraph or the
/// ones before: he and she to a person not known to be of the other gender, it and they to an organization. Within a
/// paragraph a name in subject or object position wins over a closer possessive (“Clinton says she appreciated
/// Machado’s courage through what she calls …”).
/// </summary>
internal sealed class PronounResolver
{
    private readonly IReadOnlyList<List<NameMention>> _mentions;
    private readonly Dictionary<string, Gender> _genders;

    public PronounResolver(IReadOnlyList<List<NameMention>> mentions, Dictionary<string, Gender> genders)
    {
        _mentions = mentions;
        _genders = genders;
    }

    /// <summary>The speaker a pronoun at token <paramref name="token"/> of paragraph <paramref name="paragraph"/> stands for.</summary>
    public EntityRef? Resolve(Pronoun pronoun, int paragraph, int token)
    {
        NameMention? possessive = null;
        for (var p = paragraph; p >= 0; p--)
        {
            var mentions = _mentions[p];
            for (var i = mentions.Count - 1; i >= 0; i--)
            {
                var mention = mentions[i];
                if ((p < paragraph || mention.Last < token) && !mention.InsideQuote && Fits(pronoun, mention))
                {
                    if (!mention.IsPossessive)
                    {
                        return mention.Speaker;
                    }

                    possessive ??= mention;
                }
            }

            if (possessive is not null)
            {
                return possessive.Speaker;
            }
        }

        return null;
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

        _genders.TryGetValue(mention.Speaker.Id, out var gender);
        return gender == Gender.Unknown || (gender == Gender.Male) == (pronoun == Pronoun.He);
    }
}
