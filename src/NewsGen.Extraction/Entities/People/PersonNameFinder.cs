using System.Collections.Generic;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Entities.Text;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Entities.People;

/// <summary>
/// Finds the names that introduce people: a given name and surname ("Tomas Ferreyra"), or a lone name with
/// strong evidence, an honorific or title before it ("Mr Ferreyra", "President Kettunen") or a verb of saying next to
/// it ("Ostrova said", "added Ostrova."). Honorifics and titles are not part of the name; roles are noted.
/// Headlines in Title Case introduce nobody: their capitals say nothing. Nor do titles of works ("the drama Silent
/// Harbour", "The Rise And Fall Of Nora Quill", "1998's Velvet Harbour") and names of things after an article ("the
/// Ostrava Arena").
/// </summary>
internal static class PersonNameFinder
{
    public static List<PersonForm> Find(List<TextSegment> segments)
    {
        var forms = new List<PersonForm>();
        foreach (var segment in segments)
        {
            if (!segment.ReliableCase)
            {
                continue;
            }

            // Runs walked with plain loops: an iterator's state object per segment was a steady share of the stage.
            var runEnd = -1;
            foreach (var i in segment.MarkedWords)
            {
                if (!NameRuns.StartsAt(segment, i, runEnd))
                {
                    continue;
                }

                runEnd = NameRuns.End(segment, i);
                for (var start = i; start <= runEnd;)
                {
                    var pieceEnd = NameRuns.PieceEnd(segment, i, start, runEnd);
                    Read(segment, start, pieceEnd, forms);
                    start = pieceEnd + 1;
                }
            }
        }

        return forms;
    }

    /// <summary>Adds the name that run (or piece of a run) <paramref name="runFirst"/>..<paramref name="runLast"/> introduces, if any, and claims its words.</summary>
    private static void Read(TextSegment segment, int runFirst, int runLast, List<PersonForm> forms)
    {
        var (first, last) = NameSpan.Find(segment, runFirst, runLast);
        if (first < 0)
        {
            (first, last) = TitleWordAfterHonorific(segment, runFirst, runLast);
        }

        if (first < 0 || NamesAWork(segment, runFirst, first))
        {
            return;
        }

        if (NameWords.FollowsTitleOf(segment, first))
        {
            // Three words or more hold a name after the domain; two that end in a common word or a place name the
            // domain alone ("director of Kestrel Data") unless the first is a given name.
            if (last - first >= 2)
            {
                first++;
            }
            else if (last - first == 1 && !WordLists.GivenNames.Contains(segment[first]) && (IsCommonNoun(segment[last]) || NameWords.IsPlace(segment, last)))
            {
                return;
            }
        }

        // After an article the words are a thing as a whole ("the Ostrava Arena"): no shorter name is taken from them,
        // and they claim no words, which stay for the organization and place finders; the form is kept only if the
        // article names the person without an article too ("the Ann Lee case … Lee said", FormCleanup).
        var afterThingMarker = false;
        if (NamePlausibility.FollowsThingMarker(segment, first, last))
        {
            if (EndsTitleBeforeName(segment, first, last))
            {
                first++;
            }
            else
            {
                afterThingMarker = true;
            }
        }

        while (!afterThingMarker && last - first >= 2 && !NamePlausibility.IsPlausible(segment, first, last))
        {
            first++;
        }

        // A span of three words or more left by the loop above was found plausible there: asked again only for a shorter one.
        var accepted = IsFull(segment, first, last)
            ? (last - first >= 2 || NamePlausibility.IsPlausible(segment, first, last)) && !NameSpan.NamesSomethingElse(segment, first, last)
            : HasEvidence(segment, runFirst, first, last);
        if (!accepted)
        {
            return;
        }

        var form = FormOf(segment, first, last, afterThingMarker);
        RoleFinder.AddTo(form, segment, first, last);
        if (!afterThingMarker)
        {
            segment.Claim(first, last);
        }

        forms.Add(form);
    }

    /// <summary>
    /// Whether the run <paramref name="runFirst"/>.. whose name starts at <paramref name="first"/> is the title of a
    /// work: right after a noun of works ("the drama Silent Harbour", "her album Paper Lanterns") or written in title
    /// case, with a function word capitalized where no sentence starts before the name and only name words between
    /// ("The Rise And Fall Of Nora Quill", "Ben Ashe For Silent Harbour"; but "Under Secretary Ann Kerr").
    /// </summary>
    private static bool NamesAWork(TextSegment segment, int runFirst, int first)
    {
        var before = runFirst - 1;
        if (first == runFirst && before >= 0 && !segment.Tokens[before].IsCapitalized && segment.IsIn(before, Extraction.Text.Lexicon.WorkNounsOnly))
        {
            return true;
        }

        // Read back from the name over the words a title could share with it: a role or any other word ends the title.
        for (var j = first - 1; j >= runFirst; j--)
        {
            var midSentence = j > runFirst || (before >= 0 && segment.Tokens[before].IsWord);
            if (midSentence && segment.Tokens[j].Length > 1 && segment.IsMeaningfullyCapitalized(j) && segment.IsIn(j, WordLists.TitleCaseFunctionWords))
            {
                return true;
            }

            if (!NameWords.IsNameWord(segment, j))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly string[] CourtesyTitles = ["Mr", "Mrs", "Ms", "Dr"];

    /// <summary>"Mr King", "Dr Bishop": after a courtesy title a title word is a surname, unless someone is addressed ("Mr. President,").</summary>
    private static (int First, int Last) TitleWordAfterHonorific(TextSegment segment, int runFirst, int runLast)
    {
        var before = NameWords.WordBefore(segment, runLast);
        var vocative = runLast + 1 < segment.Tokens.Length && !segment.Tokens[runLast + 1].IsWord && segment.CharAt(runLast + 1) is ',' or '!' or '?';
        return before >= runFirst && segment.IsOneOf(before, CourtesyTitles) && segment.IsTitle(runLast)
            && !vocative
            ? (runLast, runLast)
            : (-1, -1);
    }

    /// <summary>
    /// "Secretary to the Treasury Ann Kerr": after a title and "to", the article and the first word of the run end the
    /// title, and a name that starts with a given name follows (after "of" <see cref="NameWords.FollowsTitleOf"/> has
    /// taken the title's domain off already).
    /// </summary>
    private static bool EndsTitleBeforeName(TextSegment segment, int first, int last)
    {
        var preposition = first - 2;
        return last - first >= 2 && WordLists.GivenNames.Contains(segment[first + 1])
            && preposition >= 1 && segment.Tokens[preposition].IsWord && segment.Is(preposition, "to")
            && segment.Tokens[preposition - 1].IsWord && segment.IsTitle(preposition - 1);
    }

    /// <summary>"Windows said": a frequent English word or its plural is a thing that speaks, not a surname.</summary>
    private static bool IsCommonNoun(string word) =>
        !WordLists.GivenNames.Contains(word)
        && (WordLists.CommonWords.Contains(word) || (word.Length > 3 && word[word.Length - 1] == 's' && WordLists.CommonWords.Contains(word.Substring(0, word.Length - 1))));

    /// <summary>Whether tokens <paramref name="first"/>..<paramref name="last"/> make a <see cref="PersonForm.IsFull"/> form, decided before a form is built for it: most candidates are turned down.</summary>
    private static bool IsFull(TextSegment segment, int first, int last)
    {
        var count = 0;
        for (var j = first; j <= last; j++)
        {
            count += PersonForm.IsFullNameWord(segment.Text, segment.Tokens[j].Start, segment.Tokens[j].Length) ? 1 : 0;
        }

        return count >= 2;
    }

    public static PersonForm FormOf(TextSegment segment, int first, int last, bool afterThingMarker)
    {
        var words = new string[last - first + 1];
        for (var j = first; j <= last; j++)
        {
            words[j - first] = segment[j];
        }

        return new PersonForm(words, segment.MentionOf(first, last))
        {
            OpensSentence = segment.Tokens[first].Has(TokenFlags.SentenceStart),
            AfterThingMarker = afterThingMarker,
        };
    }

    /// <summary>
    /// A lone name with an honorific or title before it, or a verb of saying next to it, no other name word before
    /// it in the run, no frequent English word ("Windows said") and, at a sentence start, no plural look
    /// ("Organisers said").
    /// </summary>
    private static bool HasEvidence(TextSegment segment, int runFirst, int first, int last)
    {
        if (NameWords.IsPlace(segment, last) || NameWords.IsCommonWordAtSentenceStart(segment, first))
        {
            return false;
        }

        var before = NameWords.WordBefore(segment, first);
        if (before >= 0 && (NameWords.IsHonorific(segment, before) || (segment.Tokens[before].IsCapitalized && segment.IsTitle(before))))
        {
            return true;
        }

        if (NameWords.IsJurisdiction(segment, before))
        {
            return false;
        }

        if (first > runFirst || IsCommonNoun(segment[first]) || (!segment.IsMeaningfullyCapitalized(first) && segment[first].EndsWith("s", System.StringComparison.Ordinal)))
        {
            return false;
        }

        var after = last + 1;
        if (after < segment.Tokens.Length && segment.Tokens[after].IsWord && Extraction.Text.Lexicon.SpeakerCueVerbs.Contains(segment[after]))
        {
            return true;
        }

        var atClauseEnd = after >= segment.Tokens.Length || !segment.Tokens[after].IsWord;
        return atClauseEnd && first > 0 && segment.Tokens[first - 1].IsWord && Extraction.Text.Lexicon.SpeakerCueVerbs.Contains(segment[first - 1]);
    }
}
