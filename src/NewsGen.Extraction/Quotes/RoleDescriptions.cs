using System;
using System.Collections.Generic;
using NewsGen.Extraction.Entities;
using NewsGen.Extraction.Entities.Lexicon;
using NewsGen.Extraction.Model;
using NewsGen.Extraction.Text;

namespace NewsGen.Extraction.Quotes;

/// <summary>
/// Resolves a speaker named by role with “the” (“the minister said”, “said the Labour MP”, “The senator, who …,
/// told”) to the person mentioned last, in its paragraph or the few before, whose role ends in the same title word;
/// the words before the title (“Labour”) choose between several such people, and a qualifier (“deputy”) must be in
/// both or neither. An organization named after its kind is described the same way (“the committee said” after the
/// “Transport Committee”). Another's role (“the mayor’s spokesman”) and a plural are no such description.
/// A person described by age or nationality (“the 36-year-old”, “the Norwegian”, “the Welshman”) is, as with a
/// pronoun, the person an earlier sentence names, a man or a woman when the word says so.
/// </summary>
internal sealed class RoleDescriptions
{
    /// <summary>Words between “the” and the title (“the former deputy”); a longer phrase is a description of something else.</summary>
    private const int MaximumModifiers = 3;

    /// <summary>A description points back to someone named shortly before, not anywhere in a long article.</summary>
    private const int ParagraphsBack = 6;

    /// <summary>Names looked at for one description, so a paragraph full of names and descriptions stays linear.</summary>
    private const int MaximumCandidates = 64;

    /// <summary>Words that make a role another post than its title alone (Data/role-qualifiers.txt).</summary>
    private static readonly HashSet<string> Qualifiers = EmbeddedData.Set("role-qualifiers.txt", StringComparer.OrdinalIgnoreCase);

    private readonly EntitySet _entities;

    /// <summary>
    /// Per person the words of each role, per organization named after its kind (“Transport Committee”) its name's
    /// words: split when a description is first resolved, as most articles have none.
    /// </summary>
    private Dictionary<EntityRef, List<string[]>>? _roles;

    /// <summary>The last words of those organizations' names: “the committee” describes one as a title describes a person.</summary>
    private readonly HashSet<string>? _kinds;

    /// <summary>Whether some person has a role or some organization is named after its kind: else no title describes anyone.</summary>
    private readonly bool _anyRoles;

    private readonly IReadOnlyList<List<NameMention>> _mentions;
    private readonly PronounResolver _pronouns;

    public RoleDescriptions(EntitySet entities, IReadOnlyList<List<NameMention>> mentions, PronounResolver pronouns)
    {
        _entities = entities;
        _mentions = mentions;
        _pronouns = pronouns;
        foreach (var person in entities.People)
        {
            _anyRoles |= person.Roles.Count > 0;
        }

        foreach (var organization in entities.Organizations)
        {
            if (KindOf(organization.Name) is { } kind)
            {
                (_kinds ??= new HashSet<string>(StringComparer.OrdinalIgnoreCase)).Add(kind);
                _anyRoles = true;
            }
        }
    }

    /// <summary>The person or organization described by “the … TITLE” that ends at token <paramref name="head"/>, or null.</summary>
    public EntityRef? EndingAt(ParagraphWords paragraph, int from, int head)
    {
        var epithet = paragraph.IsWord(head) ? EpithetAt(paragraph, head) : Pronoun.None;
        if (epithet == Pronoun.None && (!_anyRoles || !IsTitle(paragraph, head)))
        {
            return null;
        }

        for (var d = head - 1; d >= from && d >= head - 1 - MaximumModifiers; d--)
        {
            if (!paragraph.IsWord(d) || IsPossessive(paragraph, d))
            {
                return null;
            }

            if (paragraph.WordIs(d, "the"))
            {
                return NamedBetween(paragraph.Position, d, head) ? null
                    : epithet == Pronoun.None ? Resolve(paragraph, d, head)
                    : _pronouns.Resolve(epithet, paragraph.Position, EpithetLookback(paragraph, d), paragraph.SentenceOf(d));
            }

            if (epithet != Pronoun.None && !paragraph.IsLowercaseWord(d) && !char.IsDigit(paragraph.FirstChar(d)))
            {
                // “the young Norwegian”, “the 30-year-old Welshman”; a name between (“The MPs found American …”)
                // means the words are no description.
                return null;
            }
        }

        return null;
    }

    /// <summary>The person or organization described by “the … TITLE” that starts at token <paramref name="the"/>, where the title ends the phrase.</summary>
    public EntityRef? StartingAt(ParagraphWords paragraph, int the, int to)
    {
        if (!paragraph.WordIs(the, "the"))
        {
            return null;
        }

        for (var k = the + 1; k < to && k <= the + 1 + MaximumModifiers && paragraph.IsWord(k); k++)
        {
            // A demonym before a capitalized word is an adjective of a name (“Norwegian firm Polar Lines”).
            var head = IsTitle(paragraph, k) || (EpithetAt(paragraph, k) != Pronoun.None && !(paragraph.IsWord(k + 1) && char.IsUpper(paragraph.FirstChar(k + 1))));
            if (head && (!paragraph.IsLowercaseWord(k + 1) || paragraph.IsSpeechVerb(k + 1) || paragraph.IsIn(k + 1, VerbContext.VerbModifiers)))
            {
                return EndingAt(paragraph, the, k);
            }
        }

        return null;
    }

    /// <summary>Whether a known name ends in tokens (<paramref name="the"/>, <paramref name="head"/>]: “the Green Party” is a name, not a description.</summary>
    private bool NamedBetween(int paragraph, int the, int head)
    {
        var mentions = _mentions[paragraph];
        var i = SortedSearch.FirstAtLeast(mentions, mentions.Count, the + 1, static (list, k) => list[k].Last);
        return i < mentions.Count && mentions[i].Last <= head;
    }

    private EntityRef? Resolve(ParagraphWords paragraph, int the, int head)
    {
        var roles = _roles ??= RolesOf(_entities);
        EntityRef? best = null;
        var bestFit = 0;
        var candidates = 0;
        for (var p = paragraph.Position; p >= 0 && p > paragraph.Position - ParagraphsBack && candidates < MaximumCandidates; p--)
        {
            var mentions = _mentions[p];
            var i = p == paragraph.Position ? SortedSearch.FirstAtLeast(mentions, mentions.Count, the, static (list, k) => list[k].First) : mentions.Count;
            for (i--; i >= 0 && candidates < MaximumCandidates; i--)
            {
                var mention = mentions[i];
                candidates++;
                if (mention.InsideQuote || !roles.TryGetValue(mention.Speaker, out var speakerRoles))
                {
                    continue;
                }

                var fit = Fit(speakerRoles, paragraph, the, head);
                if (fit > bestFit)
                {
                    best = mention.Speaker;
                    bestFit = fit;
                }
            }
        }

        return best;
    }

    private static Dictionary<EntityRef, List<string[]>> RolesOf(EntitySet entities)
    {
        var roles = new Dictionary<EntityRef, List<string[]>>();
        foreach (var person in entities.People)
        {
            if (person.Roles.Count == 0)
            {
                continue;
            }

            var words = new List<string[]>(person.Roles.Count);
            foreach (var role in person.Roles)
            {
                words.Add(WordsOf(role));
            }

            roles[new EntityRef(EntityKind.Person, person.Id, person.Name)] = words;
        }

        foreach (var organization in entities.Organizations)
        {
            if (KindOf(organization.Name) is not null)
            {
                roles[new EntityRef(EntityKind.Organization, organization.Id, organization.Name)] = new List<string[]> { WordsOf(organization.Name) };
            }
        }

        return roles;
    }

    /// <summary>The last word of a name of several words that ends in an organization's head word (“Transport Committee”), else null; read in place, as most names end otherwise.</summary>
    private static string? KindOf(string name)
    {
        var end = name.Length;
        while (end > 0 && name[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && name[start - 1] != ' ')
        {
            start--;
        }

        var first = 0;
        while (first < start && name[first] == ' ')
        {
            first++;
        }

        var several = first < start;
        return several && (WordTable.Of(name, start, end - start) & WordClass.OrganizationHead) != 0 ? name.Substring(start, end - start) : null;
    }

    /// <summary>
    /// 0 when no role ends in the title or the role and the description differ in a qualifier (“deputy”, “shadow”);
    /// else 1 and one more for each word before the title the role shares.
    /// </summary>
    private static int Fit(List<string[]> roles, ParagraphWords paragraph, int the, int head)
    {
        var best = 0;
        foreach (var role in roles)
        {
            if (role.Length == 0 || !string.Equals(role[role.Length - 1], paragraph[head], StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var fit = 1;
            var qualifiers = 0;
            for (var k = the + 1; k < head; k++)
            {
                var qualifier = Qualifiers.Contains(paragraph[k]);
                qualifiers += qualifier ? 1 : 0;
                if (Array.Exists(role, w => string.Equals(w, paragraph[k], StringComparison.OrdinalIgnoreCase)))
                {
                    fit++;
                }
                else if (qualifier)
                {
                    fit = -1;
                    break;
                }
            }

            if (fit > 0 && Array.FindAll(role, Qualifiers.Contains).Length == qualifiers)
            {
                best = Math.Max(best, fit);
            }
        }

        return best;
    }

    /// <summary>
    /// Where the person a description at <paramref name="the"/> stands for is sought back from: the start of its
    /// sentence, since a name there is mostly someone else (“Reacting to a remark by Ruiz, the Norwegian said”), unless
    /// the sentence opens with a clause whose subject is a person (“When Ruiz shook his hand, the Norwegian said”).
    /// </summary>
    private int EpithetLookback(ParagraphWords paragraph, int the)
    {
        var start = paragraph.SentenceStart(0, the);
        if (!paragraph.IsIn(start, FunctionWords.ClauseSubordinators))
        {
            return start;
        }

        var mentions = _mentions[paragraph.Position];
        var i = SortedSearch.FirstAtLeast(mentions, mentions.Count, start + 1, static (list, k) => list[k].First);
        return i < mentions.Count && mentions[i].First == start + 1 && mentions[i].IsPerson ? the : start;
    }

    /// <summary>
    /// <see cref="EpithetOf"/> the word of token <paramref name="t"/>, cut out only when it may be an age or a demonym,
    /// as most words asked about are neither.
    /// </summary>
    private static Pronoun EpithetAt(ParagraphWords paragraph, int t)
    {
        var token = paragraph.Tokens[t];
        var mayBe = paragraph.EndsWith(t, "-year-old")
            || (char.IsUpper(paragraph.FirstChar(t)) && Entities.Places.Gazetteer.TryFind(paragraph.Text, token.Start, token.WrittenLength, out var place) && place.IsDemonym);
        return mayBe ? EpithetOf(paragraph[t]) : Pronoun.None;
    }

    /// <summary>
    /// How a word that describes one person by age (“36-year-old”) or nationality (“Norwegian”, “Welshman”) refers:
    /// as he or she when it says a man or a woman, else as someone. None for other words, and for demonyms that are
    /// adjectives or plurals (“Dutch”, “Swiss”, “Chinese”, “Norwegians”), which name no one person.
    /// </summary>
    private static Pronoun EpithetOf(string word)
    {
        if (word.EndsWith("-year-old", StringComparison.Ordinal) && char.IsDigit(word[0]))
        {
            return Pronoun.Someone;
        }

        if (!char.IsUpper(word[0]) || !Entities.Places.Gazetteer.IsDemonym(word)
            || word.EndsWith("s", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal)
            || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal))
        {
            return Pronoun.None;
        }

        return IsCompound(word, "woman") ? Pronoun.She : IsCompound(word, "man") ? Pronoun.He : Pronoun.Someone;
    }

    /// <summary>“Welshman” is “Welsh” and “man”; “German” is no compound.</summary>
    private static bool IsCompound(string word, string noun) =>
        word.EndsWith(noun, StringComparison.Ordinal) && Entities.Places.Gazetteer.IsDemonym(word.Substring(0, word.Length - noun.Length));

    /// <summary>Whether token <paramref name="t"/> is a person's title, looked up in place, or the kind of an organization named after it.</summary>
    private bool IsTitle(ParagraphWords paragraph, int t) =>
        paragraph.IsWord(t)
        && ((WordTable.Of(paragraph.Text, paragraph.Tokens[t].Start, paragraph.Tokens[t].WrittenLength) & WordClass.PersonTitle) != 0
            || _kinds?.Contains(paragraph[t]) == true);

    private static string[] WordsOf(string phrase) => phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);

    private static bool IsPossessive(ParagraphWords paragraph, int t) => paragraph.EndsWith(t, "'s") || paragraph.EndsWith(t, "\u2019s");
}
