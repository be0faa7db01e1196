using System.Collections.Generic;
using NewsGen.Extraction.Model;

namespace NewsGen.Extraction.Entities.People;

/// <summary>One way a person is named at one place in the article ("Mary K. Lindqvist"), without honorifics.</summary>
internal sealed class PersonForm
{
    /// <summary>The words joined, once: the grouper compares and keys forms by it many times.</summary>
    private string? _text;

    private List<string>? _roles;

    public PersonForm(IReadOnlyList<string> words, Mention mention)
    {
        Words = words;
        Mention = mention;
    }

    /// <summary>The words of the name as written; initials keep their period.</summary>
    public IReadOnlyList<string> Words { get; }

    public Mention Mention { get; }

    /// <summary>Whether the name's first word opens a sentence, which explains its capital ("Veteran Okafor wins").</summary>
    public bool OpensSentence { get; init; }

    /// <summary>
    /// Whether an article or a year's possessive stands right before the name ("the Ann Lee case", "1998's Velvet
    /// Harbour"), which makes it a thing unless the article names the person without one too.
    /// </summary>
    public bool AfterThingMarker { get; init; }

    /// <summary>The roles written around this mention, in order; most mentions have none, so the list is made at the first.</summary>
    public IReadOnlyList<string> Roles => (IReadOnlyList<string>?)_roles ?? System.Array.Empty<string>();

    public void AddRole(string role) => (_roles ??= []).Add(role);

    /// <summary>The name text with single spaces.</summary>
    public string Text => _text ??= string.Join(" ", Words);

    /// <summary>Given name and surname at least: two words that are not initials.</summary>
    public bool IsFull => FullWordCount >= 2;

    public int FullWordCount
    {
        get
        {
            // Indexed: a foreach over the read-only list boxes an enumerator, and the grouper asks many times.
            var count = 0;
            for (var i = 0; i < Words.Count; i++)
            {
                count += IsFullNameWord(Words[i]) ? 1 : 0;
            }

            return count;
        }
    }

    public string GivenName => Words[0];

    public string Surname => Words[Words.Count - 1];

    /// <summary>The name without middle initials ("Mary Lindqvist").</summary>
    public string WithoutInitials
    {
        get
        {
            if (!HasMiddleInitial)
            {
                return Text;
            }

            var kept = new List<string>(Words.Count);
            for (var i = 0; i < Words.Count; i++)
            {
                if (i == 0 || !IsInitial(Words[i]))
                {
                    kept.Add(Words[i]);
                }
            }

            return string.Join(" ", kept);
        }
    }

    private bool HasMiddleInitial
    {
        get
        {
            for (var i = 1; i < Words.Count; i++)
            {
                if (IsInitial(Words[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>A word that counts towards a full name: no initial, no particle.</summary>
    public static bool IsFullNameWord(string word) => IsFullNameWord(word, 0, word.Length);

    /// <summary>Whether the word <c>text[start..start+length)</c> counts towards a full name, read in place.</summary>
    public static bool IsFullNameWord(string text, int start, int length) => !IsInitial(text, start, length) && !IsParticle(text, start, length);

    public static bool IsInitial(string word) => IsInitial(word, 0, word.Length);

    private static bool IsInitial(string text, int start, int length) => length == 2 && text[start + 1] == '.';

    private static bool IsParticle(string text, int start, int length) => length > 0 && char.IsLower(text[start]);
}
