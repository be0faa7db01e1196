using System.Collections.Generic;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Infers each person's gender from the article itself: an honorific before a name (Mr., Ms.) and the first
/// third-person pronoun after a name, before any other person is named, are votes.
/// </summary>
internal sealed class PersonGenders
{
    /// <summary>Pronouns further than this after a name are about someone else as often as not.</summary>
    private const int PronounWindow = 25;

    private const int HonorificWeight = 3;

    // The votes themselves, read on demand: a dictionary of Gender values would be one more set of dictionary code
    // for the JIT to compile in every fresh compiler process.
    private readonly Dictionary<string, int> _votes;

    private PersonGenders(Dictionary<string, int> votes) => _votes = votes;

    /// <summary>The gender of each person by id; <paramref name="skipShared"/> leaves out names several people share, whose owner is a guess.</summary>
    public static PersonGenders Infer(IReadOnlyList<ParagraphWords> paragraphs, IReadOnlyList<List<NameMention>> mentions, bool skipShared = false)
    {
        var votes = new Dictionary<string, int>();
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var inParagraph = mentions[p];
            var i = NextVoter(inParagraph, -1, skipShared);
            while (i < inParagraph.Count)
            {
                var mention = inParagraph[i];
                i = NextVoter(inParagraph, i, skipShared);
                var until = i < inParagraph.Count ? inParagraph[i].First : paragraph.Tokens.Length;
                var vote = HonorificWeight * Sign(SpeakerNames.HonorificBefore(paragraph, mention.First)) + Sign(PronounAfter(paragraph, mention.Last + 1, until));
                votes.TryGetValue(mention.Speaker.Id, out var total);
                votes[mention.Speaker.Id] = total + vote;
            }
        }

        return new PersonGenders(votes);
    }

    /// <summary>The gender of the person with <paramref name="id"/>; unknown for a person without votes or with a tie.</summary>
    public Gender Of(string id) =>
        !_votes.TryGetValue(id, out var total) ? Gender.Unknown : total > 0 ? Gender.Male : total < 0 ? Gender.Female : Gender.Unknown;

    /// <summary>The index of the first mention after <paramref name="i"/> that votes: a person outside quotations, named unambiguously if asked.</summary>
    private static int NextVoter(List<NameMention> mentions, int i, bool skipShared)
    {
        i++;
        while (i < mentions.Count && !(mentions[i].IsPerson && !mentions[i].InsideQuote && !(skipShared && mentions[i].IsShared)))
        {
            i++;
        }

        return i;
    }

    private static int Sign(Gender gender) => gender switch
    {
        Gender.Male => 1,
        Gender.Female => -1,
        _ => 0,
    };

    private static Gender PronounAfter(ParagraphWords paragraph, int from, int until)
    {
        var end = System.Math.Min(until, from + PronounWindow);
        for (var t = from; t < end; t++)
        {
            if (paragraph.IsWord(t) && !paragraph.IsQuoted(t))
            {
                var gender = Pronouns.GenderOf(paragraph.Text, paragraph.Tokens[t].Start, paragraph.Tokens[t].WrittenLength);
                if (gender != Gender.Unknown)
                {
                    return gender;
                }
            }
        }

        return Gender.Unknown;
    }
}
